import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { requireStaff } from '../components/services/session.server';
import { StatusBadge, useDateTime } from '../components/services/status';
import { StaffQueueQuery } from '../graphql/services';
import { tFromMatches, useT } from '../i18n';
import styles from '../styles/services.css?url';
import { query } from '../utils/graphql.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [{ title: `${tFromMatches(matches)('svc.staff.queue')} · ${tFromMatches(matches)('site.name')}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return query(request, StaffQueueQuery, { statuses: null });
}

export default function Queue() {
  const { t } = useT();
  const dateTime = useDateTime();
  const { totalCount, edges } = useLoaderData<typeof loader>().staffServiceRequests;
  return (
    <section>
      <h1>{t('svc.staff.queue')} ({totalCount})</h1>
      {edges.length === 0 && <p className="muted">{t('svc.staff.empty')}</p>}
      <div style={{ overflowX: 'auto' }}>
        <table className="svc-table">
          <thead><tr><th>{t('svc.my.code')}</th><th>{t('svc.staff.service')}</th><th>NIK</th><th>{t('svc.my.due')}</th><th /></tr></thead>
          <tbody>
            {edges.map(({ node: r }) => (
              <tr key={r.id} data-testid="queue-row" className={r.overdue ? 'overdue' : undefined}>
                <td><Link to={`/staf/permohonan/${r.id}`}>{r.trackingCode}</Link></td>
                <td>{r.service.name}</td>
                <td><code>{r.maskedNik}</code></td>
                <td>{dateTime(r.dueAt)} {r.overdue && <span className="badge overdue">{t('svc.my.overdue')}</span>}</td>
                <td><StatusBadge status={r.status} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
