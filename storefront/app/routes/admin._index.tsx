import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { adminTFromMatches, useAdminT } from '../components/admin/i18n';
import { tFromMatches } from '../i18n';
import { requireRegencyAdmin } from '../server/auth.server';
import { query } from '../server/graphql.server';
import { AdminVillagesQuery } from '../graphql/admin';

export const meta: MetaFunction = ({ matches }) => [
  { title: `${adminTFromMatches(matches)('admin.title')} · ${tFromMatches(matches)('site.name')}` },
];

const DISTRICT = /^\d{2}\.\d{2}\.\d{2}$/;

/** The regency admin's list of villages: by district, online or not, 30 a page (the API pages by code). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRegencyAdmin(request, { back: '/admin' });
  const params = new URL(request.url).searchParams;
  const districtCode = DISTRICT.test(params.get('kecamatan') ?? '') ? params.get('kecamatan') : null;
  const status = params.get('status');
  const online = status === 'daring' ? true : status === 'belum' ? false : null;
  const after = params.get('setelah') || null;
  const data = await query(request, AdminVillagesQuery, { districtCode, online, after });
  return {
    districts: data.districts,
    villages: data.villages.edges.map((edge) => edge.node),
    totalCount: data.villages.totalCount,
    next: data.villages.pageInfo.hasNextPage ? data.villages.pageInfo.endCursor : null,
    filters: { districtCode, status: online === null ? '' : (status ?? ''), paged: !!after },
  };
}

export default function AdminVillages() {
  const { t } = useAdminT();
  const { districts, villages, totalCount, next, filters } = useLoaderData<typeof loader>();
  const keep = new URLSearchParams({
    ...(filters.districtCode ? { kecamatan: filters.districtCode } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  });
  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title">{t('admin.title')}</h1>
      <p className="muted">{t('admin.lead')}</p>
      <p>
        <Link to="/admin/notifikasi">{t('admin.notif.link')}</Link>
      </p>
      <Form method="get" className="inline-form" aria-label={t('admin.filter.apply')}>
        <label htmlFor="admin-district">{t('admin.filter.district')}</label>
        <select id="admin-district" name="kecamatan" defaultValue={filters.districtCode ?? ''}>
          <option value="">{t('admin.filter.all')}</option>
          {districts.map((district) => (
            <option key={district.code} value={district.code}>
              {district.name}
            </option>
          ))}
        </select>
        <label htmlFor="admin-status">{t('admin.filter.online')}</label>
        <select id="admin-status" name="status" defaultValue={filters.status}>
          <option value="">{t('admin.filter.all')}</option>
          <option value="daring">{t('admin.filter.onlineOnly')}</option>
          <option value="belum">{t('admin.filter.offlineOnly')}</option>
        </select>
        <button className="button">{t('admin.filter.apply')}</button>
      </Form>
      {filters.districtCode && (
        <p>
          <Link to={`/admin/kecamatan/${filters.districtCode}`}>
            {t('admin.districtPage', {
              district: districts.find((d) => d.code === filters.districtCode)?.name ?? filters.districtCode,
            })}
          </Link>
        </p>
      )}
      <p className="muted">{t('admin.count', { count: totalCount })}</p>
      <table className="table" data-testid="admin-villages">
        <thead>
          <tr>
            <th scope="col">{t('admin.col.village')}</th>
            <th scope="col">{t('admin.col.code')}</th>
            <th scope="col">{t('admin.col.district')}</th>
            <th scope="col">{t('admin.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {villages.map((village) => (
            <tr key={village.code} data-code={village.code}>
              <td>
                <Link to={`/admin/desa/${village.code}`}>
                  {village.type === 'KELURAHAN' ? 'Kel. ' : ''}
                  {village.name}
                </Link>
              </td>
              <td>{village.code}</td>
              <td>{village.district.name}</td>
              <td>{village.online ? t('admin.online') : t('admin.offline')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav className="inline-form" aria-label={t('admin.next')}>
        {filters.paged && (
          <Link className="button button-light" to={`/admin?${keep.toString()}`}>
            {t('admin.first')}
          </Link>
        )}
        {next && (
          <Link className="button" to={`/admin?${new URLSearchParams([...keep, ['setelah', next]]).toString()}`}>
            {t('admin.next')}
          </Link>
        )}
      </nav>
    </section>
  );
}
