import { Form, useLocation } from '@remix-run/react';
import { locales, useT } from '../i18n';

export function LanguageSwitch() {
  const { t, locale } = useT();
  const location = useLocation();
  return (
    <Form method="post" action="/lang" className="lang-switch" aria-label={t('lang.label')}>
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      {locales.map((code) => (
        <button
          key={code}
          type="submit"
          name="lang"
          value={code}
          lang={code}
          aria-pressed={code === locale}
          aria-label={t(`lang.${code}`)}
          className="lang-button"
        >
          {t(`lang.${code}.short`)}
        </button>
      ))}
    </Form>
  );
}
