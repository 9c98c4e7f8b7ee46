import { useT } from '../../i18n';
import { BarChart, monthLabel } from './Bars';
import { filterQuery, type OversightFilters } from './filters';
import { FilterForm } from './FilterForm';
import { ikmText, LeagueTable, percent, type Figures } from './LeagueTable';

export interface LeaguePageData {
  league: { scopeCode: string; scopeName: string; aggregation: string; total: Figures; villages: Figures[] };
  months: { month: string; requests: number; completed: number; onTime: number; onTimeShare: number | null }[];
  online: string[] | null;
  districts: { code: string; name: string }[] | null;
  services: { id: string; name: string }[];
  filters: OversightFilters;
  showDistricts: boolean;
  market?: Record<string, { activeShops: number; salesRupiah: number }> | null;
}

/** The district/regency dashboard and the public transparency page: the same figures, two doors. */
export function LeaguePage({
  data,
  title,
  lead,
  basePath,
  csvPath,
}: {
  data: LeaguePageData;
  title: string;
  lead: string;
  basePath: string;
  csvPath: string | null;
}) {
  const { t, locale } = useT();
  const { league, months, filters } = data;
  const online = data.online ? new Set(data.online) : null;
  return (
    <section className="ovs">
      <h1>
        {title}: {league.scopeName}
      </h1>
      <p className="lead">{lead}</p>
      <FilterForm filters={filters} districts={data.showDistricts ? data.districts : null} services={data.services} />
      <p className="muted">{t('ovs.period', { from: filters.fromMonth, to: filters.toMonth })}</p>
      <dl className="ovs-summary">
        <div>
          <dt>{t('ovs.col.requests')}</dt>
          <dd>{league.total.requests}</dd>
        </div>
        <div>
          <dt>{t('ovs.col.onTime')}</dt>
          <dd>{percent(league.total.onTimeShare)}</dd>
        </div>
        <div>
          <dt>{t('ovs.col.ikm')}</dt>
          <dd>{ikmText(league.total)}</dd>
        </div>
        <div>
          <dt>{t('ovs.col.complaints')}</dt>
          <dd>{league.total.complaints}</dd>
        </div>
      </dl>
      {months.length ? (
        <BarChart
          title={t('ovs.chart.months')}
          description={t('ovs.chart.months.desc')}
          bars={months.map((m) => ({
            label: monthLabel(m.month, locale),
            value: m.requests,
            part: m.onTime,
            note: `${t('ovs.col.onTime')} ${percent(m.onTimeShare)}`,
          }))}
        />
      ) : (
        <p className="muted">{t('ovs.chart.none')}</p>
      )}
      {csvPath && (
        <p>
          <a href={`${csvPath}${filterQuery(filters)}`} download>
            {t('ovs.csv')}
          </a>
        </p>
      )}
      <LeagueTable
        villages={league.villages}
        total={league.total}
        filters={filters}
        online={online}
        basePath={basePath}
        market={data.market ?? null}
      />
      <p className="muted">{t('ovs.offline.note')}</p>
      <details className="ovs-note" open>
        <summary>{t('ovs.ikm.how')}</summary>
        <p>{league.aggregation}</p>
        <p>{t('ovs.hours')}</p>
      </details>
      {!data.market && <p className="muted">{t('ovs.notAvailable')}</p>}
    </section>
  );
}
