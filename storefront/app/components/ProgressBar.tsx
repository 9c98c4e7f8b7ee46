import { useNavigation } from '@remix-run/react';
import { useT } from '../i18n';

export function ProgressBar() {
  const { t } = useT();
  const busy = useNavigation().state !== 'idle';
  return (
    <>
      <div className={busy ? 'progress is-active' : 'progress'} aria-hidden="true" />
      <p className="visually-hidden" role="status">
        {busy ? t('loading') : ''}
      </p>
    </>
  );
}
