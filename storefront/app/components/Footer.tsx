import { useT } from '../i18n';

export function Footer() {
  const { t } = useT();
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('footer.text')}</p>
      </div>
    </footer>
  );
}
