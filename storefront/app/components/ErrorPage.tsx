import { isRouteErrorResponse, Link } from '@remix-run/react';
import { useT, type MessageKey } from '../i18n';

type Texts = { title: MessageKey; text: MessageKey };

const BY_STATUS: Record<number, Texts> = {
  404: { title: 'error.notFound.title', text: 'error.notFound.text' },
  503: { title: 'error.unavailable.title', text: 'error.unavailable.text' },
};

export function errorTexts(error: unknown, notFound?: Texts): Texts & { status: number } {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const texts = (status === 404 && notFound) || BY_STATUS[status] || { title: 'error.title', text: 'error.text' };
  return { ...texts, status };
}

/** Friendly, translated error content; never shows a stack trace. */
export function ErrorPage({ error, notFound }: { error: unknown; notFound?: Texts }) {
  const { t } = useT();
  const { status, ...texts } = errorTexts(error, notFound);
  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-code">{status}</p>
      <h1 id="error-title">{t(texts.title)}</h1>
      <p>{t(texts.text)}</p>
      <Link to="/" className="button">
        {t('error.backHome')}
      </Link>
    </section>
  );
}
