import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { requireSignedIn } from '../server/auth.server';
import { StatusBadge, useDateTime } from '../components/services/status';
import { MyRequestsQuery } from '../graphql/services';
import { tFromMatches, useT } from '../i18n';
import styles from '../styles/services.css?url';
import { query } from '../server/graphql.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('svc.my.title')} · ${tFromMatches(matches)('site.name')}` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSignedIn(request);
  return query(request, MyRequestsQuery, {});
}

export default function MyRequests() {
  const { t } = useT();
  const dateTime = useDateTime();
  const requests = useLoaderData<typeof loader>().myServiceRequests.edges.map((e) => e.node);
  return (
    <section>
      <h1>{t('svc.my.title')}</h1>
      {requests.length === 0 && <p className="muted">{t('svc.my.empty')}</p>}
      <ul className="svc-links">
        {requests.map((r) => (
          <li key={r.id} className="card" data-testid="my-request">
            <Link to={`/akun/permohonan/${r.id}`}>
              <strong>{r.service.name}</strong>
            </Link>{' '}
            <StatusBadge status={r.status} />
            <p className="muted">
              {t('svc.my.code')}: <code>{r.trackingCode}</code> · {t('svc.my.submitted')}: {dateTime(r.submittedAt)} ·{' '}
              {r.maskedNik}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
