import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { requireRole, STAFF_ROLES } from '../server/auth.server';
import { statusKey } from '../components/services/status';
import { VillagePicker } from '../components/services/VillagePicker';
import { ComplaintStatsQuery, DashboardQuery } from '../graphql/services';
import { tFromMatches, useT } from '../i18n';
import styles from '../styles/services.css?url';
import { query, querySection } from '../server/graphql.server';
import { staffVillage } from '../server/village-choice.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('svc.staff.title')} · ${tFromMatches(matches)('site.name')}` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, STAFF_ROLES);
  const roles = new Set((user.memberships ?? []).map((m) => m.role));
  // The camat's co-signature queue and the regency's holidays (decision 030).
  const offices = {
    cosign: roles.has('DISTRICT_OFFICER') || roles.has('REGENCY_ADMIN'),
    holidays: roles.has('REGENCY_ADMIN'),
  };
  const url = new URL(request.url);
  const day = (name: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(url.searchParams.get(name) ?? '') ? url.searchParams.get(name)! : '';
  const from = day('dari');
  const to = day('sampai');
  const period = {
    from: from ? new Date(`${from}T00:00:00+07:00`).toISOString() : null,
    to: to ? new Date(new Date(`${to}T00:00:00+07:00`).getTime() + 86_400_000).toISOString() : null,
  };
  // The figures of the staff member's village (a switcher when they work for several); a
  // district officer without a village sees the villages of their district together.
  const { villageCode, villages } = await staffVillage(request);
  const [dashboard, complaints] = await Promise.all([
    query(request, DashboardQuery, { ...period, villageCode }),
    querySection(request, ComplaintStatsQuery, {}),
  ]);
  return { ...dashboard, complaints: complaints?.complaintStats ?? null, from, to, villageCode, villages, offices };
}

const Bar = ({ share, label }: { share: number; label: string }) => (
  <div className="bar" role="img" aria-label={label}>
    <span style={{ width: `${Math.max(0, Math.min(1, share)) * 100}%` }} />
  </div>
);

export default function StaffHome() {
  const { t } = useT();
  const { complaints, from, to, villageCode, villages, offices } = useLoaderData<typeof loader>();
  const rows = useLoaderData<typeof loader>().servicesDashboard.filter(
    (s) => s.byStatus.length > 0 || s.ikmResponses > 0,
  );
  const most = Math.max(1, ...rows.map((r) => r.byStatus.reduce((n, s) => n + s.count, 0)));
  return (
    <section>
      <h1>{t('svc.staff.title')}</h1>
      <ul className="svc-links">
        <li>
          <Link to="/staf/permohonan">{t('svc.staff.queue')}</Link>
        </li>
        <li>
          <Link to="/staf/layanan">{t('svc.staff.catalogue')}</Link>
        </li>
        <li>
          <Link to="/staf/pengaduan">{t('svc.staff.complaints')}</Link>
        </li>
        <li>
          <Link to="/staf/informasi">{t('svc.staff.posts')}</Link>
        </li>
        <li>
          <Link to="/staf/pelatihan">{t('svc.staff.courses')}</Link>
        </li>
        <li>
          <Link to="/staf/toko">{t('svc.staff.shop')}</Link>
        </li>
        {offices.cosign && (
          <li>
            <Link to="/staf/tandatangan">{t('svc.cosign.title')}</Link>
          </li>
        )}
        {offices.holidays && (
          <li>
            <Link to="/admin/hari-libur">{t('svc.holidays.title')}</Link>
          </li>
        )}
      </ul>
      <h2>{t('svc.staff.dashboard')}</h2>
      <VillagePicker villages={villages} villageCode={villageCode} />
      <Form method="get" className="svc-actions">
        {villageCode && <input type="hidden" name="desa" value={villageCode} />}
        <label>
          {t('svc.staff.from')} <input type="date" name="dari" defaultValue={from} />
        </label>
        <label>
          {t('svc.staff.to')} <input type="date" name="sampai" defaultValue={to} />
        </label>
        <button type="submit" className="button button-light">
          {t('svc.staff.show')}
        </button>
      </Form>
      <div style={{ overflowX: 'auto' }}>
        <table className="svc-table" data-testid="dashboard">
          <thead>
            <tr>
              <th>{t('svc.staff.service')}</th>
              <th>{t('svc.staff.requests')}</th>
              <th>{t('svc.staff.avg')}</th>
              <th>{t('svc.staff.p90')}</th>
              <th>{t('svc.staff.onTime')}</th>
              <th>IKM</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const total = r.byStatus.reduce((n, s) => n + s.count, 0);
              return (
                <tr key={r.serviceId}>
                  <td>
                    {r.name}
                    <br />
                    <span className="muted">SLA {r.slaHours} h</span>
                  </td>
                  <td>
                    {total}
                    <Bar share={total / most} label={String(total)} />
                    <span className="muted">
                      {r.byStatus.map((s) => `${t(statusKey(s.status))} ${s.count}`).join(' · ')}
                    </span>
                  </td>
                  <td>{r.avgCompletionHours ?? '—'}</td>
                  <td>{r.p90CompletionHours ?? '—'}</td>
                  <td>
                    {r.onTimeShare === null ? (
                      '—'
                    ) : (
                      <>
                        {Math.round(r.onTimeShare * 100)}%
                        <Bar share={r.onTimeShare} label={`${Math.round(r.onTimeShare * 100)}%`} />
                      </>
                    )}
                  </td>
                  <td>
                    {r.ikm === null ? (
                      t('svc.staff.noneYet')
                    ) : (
                      <>
                        {r.ikm.toFixed(2)} ({r.ikmGrade}) <Bar share={r.ikm / 100} label={r.ikm.toFixed(2)} />
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {complaints && (
        <>
          <h2>{t('svc.staff.complaints')}</h2>
          <dl className="facts facts-row" data-testid="complaint-stats">
            <div>
              <dt>{t('svc.complaint.WAITING')}</dt>
              <dd>{complaints.waiting}</dd>
            </div>
            <div>
              <dt>{t('svc.complaint.IN_PROGRESS')}</dt>
              <dd>{complaints.inProgress}</dd>
            </div>
            <div>
              <dt>{t('svc.complaint.RESOLVED')}</dt>
              <dd>{complaints.resolved}</dd>
            </div>
            <div>
              <dt>{t('svc.complaint.avg')}</dt>
              <dd>{complaints.avgResponseHours ?? '—'}</dd>
            </div>
          </dl>
        </>
      )}
    </section>
  );
}
