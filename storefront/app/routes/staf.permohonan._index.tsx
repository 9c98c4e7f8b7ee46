import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { requireRole, STAFF_ROLES } from '../server/auth.server';
import { StatusBadge, statusKey, useDateTime } from '../components/services/status';
import { VillagePicker } from '../components/services/VillagePicker';
import { StaffQueueQuery } from '../graphql/services';
import { tFromMatches, useT } from '../i18n';
import styles from '../styles/services.css?url';
import { query } from '../server/graphql.server';
import { staffVillage } from '../server/village-choice.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('svc.staff.queue')} · ${tFromMatches(matches)('site.name')}` },
];

const STATUSES = [
  'SUBMITTED',
  'VERIFIED',
  'IN_PROCESS',
  'AWAITING_COSIGN',
  'INCOMPLETE',
  'COMPLETED',
  'REJECTED',
] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  const status = new URL(request.url).searchParams.get('status') ?? '';
  const chosen = STATUSES.find((s) => s === status) ?? '';
  // The staff member's village (a switcher when they work for several); a district officer
  // without one sees every village of the district.
  const { villageCode, villages } = await staffVillage(request);
  return {
    status: chosen,
    villageCode,
    villages,
    ...(await query(request, StaffQueueQuery, { statuses: chosen ? [chosen] : null, villageCode })),
  };
}

export default function Queue() {
  const { t } = useT();
  const dateTime = useDateTime();
  const { staffServiceRequests, status, villageCode, villages } = useLoaderData<typeof loader>();
  const { totalCount, edges } = staffServiceRequests;
  return (
    <section>
      <h1>
        {t('svc.staff.queue')} ({totalCount})
      </h1>
      <VillagePicker villages={villages} villageCode={villageCode} />
      <Form method="get" className="svc-actions">
        {villageCode && <input type="hidden" name="desa" value={villageCode} />}
        <select name="status" defaultValue={status} aria-label="Status">
          <option value="">{t('svc.staff.open')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(statusKey(s))}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-light">
          {t('svc.staff.show')}
        </button>
      </Form>
      {edges.length === 0 && <p className="muted">{t('svc.staff.empty')}</p>}
      <div style={{ overflowX: 'auto' }}>
        <table className="svc-table">
          <thead>
            <tr>
              <th>{t('svc.my.code')}</th>
              <th>{t('svc.staff.service')}</th>
              <th>NIK</th>
              <th>{t('svc.my.due')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {edges.map(({ node: r }) => (
              <tr key={r.id} data-testid="queue-row" className={r.overdue ? 'overdue' : undefined}>
                <td>
                  <Link to={`/staf/permohonan/${r.id}`}>{r.trackingCode}</Link>
                </td>
                <td>{r.service.name}</td>
                <td>
                  <code>{r.maskedNik}</code>
                </td>
                <td>
                  {dateTime(r.dueAt)} {r.overdue && <span className="badge overdue">{t('svc.my.overdue')}</span>}
                </td>
                <td>
                  <StatusBadge status={r.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
