import { Link } from '@remix-run/react';
import type { ResultOf } from '../../graphql/graphql';
import type { FiguresFragment } from '../../graphql/oversight';
import { useT, type MessageKey } from '../../i18n';
import { formatRupiah } from '../../utils/format';
import { filterQuery, type LeagueOrder, type OversightFilters } from './filters';

export type Figures = ResultOf<typeof FiguresFragment>;

export const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
export const hours = (h: number | null) => (h === null ? '—' : h.toLocaleString('id-ID', { maximumFractionDigits: 1 }));
export const ikmText = (f: Pick<Figures, 'ikm' | 'ikmGrade'>) =>
  f.ikm === null ? '—' : `${f.ikm.toLocaleString('id-ID', { minimumFractionDigits: 2 })} (${f.ikmGrade})`;

const COLUMNS: [LeagueOrder, MessageKey][] = [
  ['REQUESTS', 'ovs.col.requests'],
  ['ON_TIME', 'ovs.col.onTime'],
  ['MEDIAN_HOURS', 'ovs.col.median'],
  ['P90_HOURS', 'ovs.col.p90'],
  ['IKM', 'ovs.col.ikm'],
  ['COMPLAINTS', 'ovs.col.complaints'],
  ['COMPLAINT_RESPONSE', 'ovs.col.response'],
];

/**
 * The league: one row per village, sortable by links (the same page with `urut`/`turun`).
 * A village that is not online yet and has no figures reads "Belum daring", not zeros.
 */
export function LeagueTable({
  villages,
  total,
  filters,
  online,
  basePath,
  market = null,
}: {
  villages: Figures[];
  total: Figures;
  filters: OversightFilters;
  /** Codes of the villages that serve online; null: unknown (everyone shown with figures). */
  online: Set<string> | null;
  basePath: string;
  /** Active shops and paid sales by village code (and the scope's code); null: not available. */
  market?: Record<string, { activeShops: number; salesRupiah: number }> | null;
}) {
  const { t } = useT();
  const isOffline = (f: Figures) => online !== null && !online.has(f.code) && f.requests === 0;
  const rows = [...villages.filter((v) => !isOffline(v)), ...villages.filter(isOffline)];
  const sortLink = (order: LeagueOrder) =>
    filterQuery(filters, {
      orderBy: order,
      descending: filters.orderBy === order ? !filters.descending : order !== 'NAME' && order !== 'CODE',
    });
  const arrow = (order: LeagueOrder) => (filters.orderBy === order ? (filters.descending ? ' ↓' : ' ↑') : '');
  const cells = (f: Figures) => [
    f.requests,
    percent(f.onTimeShare),
    hours(f.medianHours),
    hours(f.p90Hours),
    ikmText(f),
    f.complaints,
    hours(f.medianComplaintResponseHours),
  ];
  const marketCells = (code: string) =>
    market
      ? [market[code]?.activeShops ?? 0, formatRupiah(Math.round(market[code]?.salesRupiah ?? 0))].map((value, i) => (
          <td key={`m${i}`}>{value}</td>
        ))
      : null;
  return (
    <div className="ovs-table-wrap">
      <table className="ovs-table" data-testid="league">
        <thead>
          <tr>
            <th scope="col">
              <Link to={sortLink('NAME')}>
                {t('ovs.col.village')}
                {arrow('NAME')}
              </Link>
            </th>
            {COLUMNS.map(([order, label]) => (
              <th
                scope="col"
                key={order}
                aria-sort={filters.orderBy === order ? (filters.descending ? 'descending' : 'ascending') : undefined}
              >
                <Link to={sortLink(order)}>
                  {t(label)}
                  {arrow(order)}
                </Link>
              </th>
            ))}
            {market && (
              <>
                <th scope="col">{t('ovs.col.shops')}</th>
                <th scope="col">{t('ovs.col.sales')}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => (
            <tr key={f.code} data-code={f.code}>
              <th scope="row">
                <Link to={`${basePath}/${f.code}${filterQuery(filters, { orderBy: 'CODE', descending: false })}`}>
                  {f.name}
                </Link>
                {f.districtName && <span className="muted ovs-district"> · {f.districtName}</span>}
              </th>
              {isOffline(f) ? (
                <td colSpan={COLUMNS.length + (market ? 2 : 0)} className="muted">
                  {t('ovs.offline')}
                </td>
              ) : (
                <>
                  {cells(f).map((value, i) => (
                    <td key={COLUMNS[i]![0]}>{value}</td>
                  ))}
                  {marketCells(f.code)}
                </>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">
              {t('ovs.total')}: {total.name}
            </th>
            {cells(total).map((value, i) => (
              <td key={COLUMNS[i]![0]}>{value}</td>
            ))}
            {marketCells(total.code)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
