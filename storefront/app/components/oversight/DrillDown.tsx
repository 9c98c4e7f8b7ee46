import { Link } from '@remix-run/react';
import { useT } from '../../i18n';
import { BarChart, monthLabel } from './Bars';
import { filterQuery, type OversightFilters } from './filters';
import { hours, ikmText, percent, type Figures } from './LeagueTable';

export interface DrillDownData {
  figures: Figures;
  months: { month: string; requests: number; completed: number; onTime: number; onTimeShare: number | null }[];
  distribution: { fromHours: number; toHours: number | null; count: number }[];
  services: {
    serviceId: string;
    name: string;
    requests: number;
    completed: number;
    onTime: number;
    medianHours: number | null;
  }[];
}

/** One village: its figures, months and completion-time distribution as SVG bars, and services. */
export function DrillDown({
  data,
  filters,
  backPath,
  online,
}: {
  data: DrillDownData;
  filters: OversightFilters;
  backPath: string;
  online: boolean | null;
}) {
  const { t, locale } = useT();
  const f = data.figures;
  return (
    <section className="ovs">
      <p>
        <Link to={`${backPath}${filterQuery(filters, f.districtCode ? { districtCode: f.districtCode } : {})}`}>
          ← {t('ovs.drill.back')}
        </Link>
        {' · '}
        <Link to={`/desa/${f.code}`}>{t('ovs.village.page')}</Link>
      </p>
      <h1>
        {f.name} <span className="muted">· {f.districtName}</span>
      </h1>
      {online === false && f.requests === 0 && <p className="badge badge-muted">{t('ovs.offline')}</p>}
      <p className="muted">{t('ovs.period', { from: filters.fromMonth, to: filters.toMonth })}</p>
      <dl className="ovs-summary">
        {(
          [
            ['ovs.col.requests', f.requests],
            ['ovs.col.completed', f.completed],
            ['ovs.col.onTime', percent(f.onTimeShare)],
            ['ovs.col.median', hours(f.medianHours)],
            ['ovs.col.p90', hours(f.p90Hours)],
            ['ovs.col.ikm', ikmText(f)],
            ['ovs.col.complaints', f.complaints],
            ['ovs.col.response', hours(f.medianComplaintResponseHours)],
          ] as const
        ).map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {data.months.length === 0 ? (
        <p className="muted">{t('ovs.chart.none')}</p>
      ) : (
        <div className="ovs-charts">
          <BarChart
            title={t('ovs.chart.months')}
            description={t('ovs.chart.months.desc')}
            bars={data.months.map((m) => ({
              label: monthLabel(m.month, locale),
              value: m.requests,
              part: m.onTime,
              note: `${t('ovs.col.onTime')} ${percent(m.onTimeShare)}`,
            }))}
          />
          <BarChart
            title={t('ovs.chart.distribution')}
            bars={data.distribution.map((b) => ({
              label: b.toHours === null ? `${b.fromHours}+` : `${b.fromHours}–${b.toHours}`,
              value: b.count,
            }))}
          />
        </div>
      )}
      {data.services.length > 0 && (
        <>
          <h2>{t('ovs.services')}</h2>
          <div className="ovs-table-wrap">
            <table className="ovs-table">
              <thead>
                <tr>
                  <th scope="col">{t('ovs.filter.service')}</th>
                  <th scope="col">{t('ovs.col.requests')}</th>
                  <th scope="col">{t('ovs.col.completed')}</th>
                  <th scope="col">{t('ovs.col.onTime')}</th>
                  <th scope="col">{t('ovs.col.median')}</th>
                </tr>
              </thead>
              <tbody>
                {data.services.map((s) => (
                  <tr key={s.serviceId}>
                    <th scope="row">{s.name}</th>
                    <td>{s.requests}</td>
                    <td>{s.completed}</td>
                    <td>{percent(s.completed ? s.onTime / s.completed : null)}</td>
                    <td>{hours(s.medianHours)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p className="muted">{t('ovs.hours')}</p>
    </section>
  );
}
