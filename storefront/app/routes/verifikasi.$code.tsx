import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { Notice } from '../components/Notice';
import { VerifyLetterQuery } from '../graphql/services';
import { tFromMatches, useT } from '../i18n';
import styles from '../styles/services.css?url';
import { formatDate } from '../utils/format';
import { query } from '../server/graphql.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('svc.verify.title')} · ${tFromMatches(matches)('site.name')}` },
  { name: 'robots', content: 'noindex' },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { verifyLetter } = await query(request, VerifyLetterQuery, { code: params.code ?? '' });
  return { letter: verifyLetter };
}

export default function VerifyLetter() {
  const { t } = useT();
  const { letter } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>{t('svc.verify.title')}</h1>
      {!letter ? (
        <Notice tone="warning">
          <span data-testid="letter-unknown">{t('svc.verify.unknown')}</span>
        </Notice>
      ) : (
        <div className="notice genuine" data-testid="letter-genuine">
          <p>
            <strong>{t('svc.verify.genuine')}</strong>
          </p>
          <dl className="facts">
            <div>
              <dt>{t('svc.village.choose')}</dt>
              <dd data-testid="letter-village">
                {letter.villageName}
                {letter.districtName ? `, ${letter.districtName}` : ''}
              </dd>
            </div>
            <div>
              <dt>{t('svc.verify.number')}</dt>
              <dd>{letter.number}</dd>
            </div>
            <div>
              <dt>{t('svc.verify.date')}</dt>
              <dd>{formatDate(letter.issuedAt)}</dd>
            </div>
            <div>
              <dt>{t('svc.verify.service')}</dt>
              <dd>{letter.serviceName}</dd>
            </div>
            <div>
              <dt>{t('svc.verify.applicant')}</dt>
              <dd>{letter.applicantInitials}</dd>
            </div>
            <div>
              <dt>SHA-256</dt>
              <dd>
                <code>{letter.sha256.slice(0, 16)}…</code>
              </dd>
            </div>
          </dl>
        </div>
      )}
    </section>
  );
}
