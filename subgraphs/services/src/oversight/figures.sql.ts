import type { EntityManager } from '@mikro-orm/core';
import { IKM_ELEMENTS } from '../feedback/ikm.js';
import { MINUTES_TABLE } from './minutes-histogram.sql.js';
import { MinuteCounts } from './percentiles.js';
import { ALL_SERVICES, IKM_SUM_COLUMNS, ROLLUP_TABLE } from './rollup.sql.js';

/** Which requests, surveys and complaints a figure counts. */
export interface FigureFilter {
  /** Village codes to count; null: every village of the regency. */
  villages: string[] | null;
  /** Submitted (requests), answered (surveys) or filed (complaints) in [from, to). */
  from: Date;
  to: Date;
  serviceId: string | null;
}

/** Raw sums per village, and one row (village null) for the whole scope: exact, from SQL integers. */
export interface RawFigures {
  villageCode: string | null;
  requests: number;
  completed: number;
  onTime: number;
  slaJudged: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  ikmResponses: number;
  ikmSums: number[];
  complaints: number;
  complaintsAnswered: number;
  medianResponseMinutes: number | null;
}

const where = (filter: FigureFilter, alias: string, timeColumn: string, params: unknown[]): string => {
  const parts = [`${alias}."${timeColumn}" >= ?`, `${alias}."${timeColumn}" < ?`];
  params.push(filter.from, filter.to);
  if (filter.villages) {
    parts.push(`${alias}."village_code" = any(?::varchar[])`);
    params.push(`{${filter.villages.join(',')}}`);
  }
  if (filter.serviceId) {
    parts.push(`${alias}."service_id" = ?`);
    params.push(filter.serviceId);
  }
  return parts.join(' and ');
};

const num = (value: unknown): number => Number(value ?? 0);
const orNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

const WIB_MS = 7 * 3_600_000;

/** The WIB calendar month (`YYYY-MM-01`) that starts exactly at this instant, or null. */
export function wibMonthStart(instant: Date): string | null {
  const wib = new Date(instant.getTime() + WIB_MS);
  const midnight =
    wib.getUTCHours() === 0 && wib.getUTCMinutes() === 0 && wib.getUTCSeconds() === 0 && wib.getUTCMilliseconds() === 0;
  return wib.getUTCDate() === 1 && midnight ? wib.toISOString().slice(0, 10) : null;
}

/**
 * Three grouped statements, each with grouping sets: a row per village and one for the whole
 * scope, so the scope's median, 90th percentile and IKM are computed from every row in scope,
 * never from the villages' own figures. When the period is whole WIB months (as the pages ask),
 * the counts and the IKM sums come from the monthly roll-up (`rollup.sql.ts`, kept by triggers:
 * the same integers) and the percentiles from the exact histograms of completion minutes
 * (`minutes-histogram.sql.ts`, decision 029: the same numbers); otherwise every figure is
 * computed from the raw rows.
 */
export function rawFigures(em: EntityManager, filter: FigureFilter): Promise<RawFigures[]> {
  const fromMonth = wibMonthStart(filter.from);
  const toMonth = wibMonthStart(filter.to);
  return fromMonth && toMonth ? figuresFromRollup(em, filter, fromMonth, toMonth) : figuresFromRows(em, filter);
}

/** Counts, IKM sums and percentiles from the roll-up and histograms of whole months; complaints from rows. */
export async function figuresFromRollup(
  em: EntityManager,
  filter: FigureFilter,
  fromMonth: string,
  toMonth: string,
): Promise<RawFigures[]> {
  const db = em.getConnection();
  const complaints = complaintFigures(em, filter);
  const mp: unknown[] = [fromMonth, toMonth];
  let rollupWhere = 'm."month" >= ?::date and m."month" < ?::date';
  if (filter.villages) {
    rollupWhere += ' and m."village_code" = any(?::varchar[])';
    mp.push(`{${filter.villages.join(',')}}`);
  }
  rollupWhere += ' and m."service_id" = ?::uuid';
  mp.push(filter.serviceId ?? ALL_SERVICES);
  const rollupSql = `select m."village_code", grouping(m."village_code") as whole,
        sum(m."requests")::int as requests, sum(m."completed")::int as completed,
        sum(m."on_time")::int as on_time, sum(m."sla_judged")::int as sla_judged, sum(m."surveys")::int as n,
        ${IKM_SUM_COLUMNS.map((c, i) => `sum(m."${c}")::bigint as s${i}`).join(', ')}
      from ${ROLLUP_TABLE} m where ${rollupWhere}
      group by grouping sets ((m."village_code"), ())`;
  const [sums, histograms, complaintRows] = (await Promise.all([
    db.execute(rollupSql, mp),
    db.execute(
      `select h."village_code", array_to_string(h."minutes", ',') as minutes, array_to_string(h."counts", ',') as counts
       from ${MINUTES_TABLE} h where ${rollupWhere.replaceAll('m."', 'h."')}`,
      mp,
    ),
    complaints,
  ])) as Record<string, unknown>[][];
  return collect([...sums!, ...percentilesFromHistograms(histograms!)], sums!, complaintRows!);
}

/**
 * The median and 90th percentile per village and of the whole scope from the histogram rows
 * (decision 029): the same numbers `percentile_cont` gives over the completed requests' rows.
 */
function percentilesFromHistograms(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const whole = new MinuteCounts();
  const byVillage = new Map<string, MinuteCounts>();
  for (const row of rows) {
    const village = String(row.village_code);
    let counts = byVillage.get(village);
    if (!counts) byVillage.set(village, (counts = new MinuteCounts()));
    counts.addText(String(row.minutes), String(row.counts));
  }
  const result: Record<string, unknown>[] = [];
  for (const [village, counts] of byVillage) {
    whole.addAll(counts);
    const [median, p90] = counts.percentiles([0.5, 0.9]);
    result.push({ village_code: village, whole: 0, percentilesOnly: true, median_m: median, p90_m: p90 });
  }
  const [median, p90] = whole.percentiles([0.5, 0.9]);
  result.push({ village_code: null, whole: 1, percentilesOnly: true, median_m: median, p90_m: p90 });
  return result;
}

/** Every figure from the raw rows (any period). */
export async function figuresFromRows(em: EntityManager, filter: FigureFilter): Promise<RawFigures[]> {
  const db = em.getConnection();
  const complaints = complaintFigures(em, filter);
  const rp: unknown[] = [];
  const requestsSql = `select r."village_code", grouping(r."village_code") as whole,
      count(*)::int as requests,
      (count(*) filter (where r."status" = 'COMPLETED'))::int as completed,
      (count(*) filter (where r."status" = 'COMPLETED' and r."sla_met"))::int as on_time,
      (count(*) filter (where r."status" = 'COMPLETED' and r."sla_met" is not null))::int as sla_judged,
      percentile_cont(0.5) within group (order by r."working_minutes_taken") filter (where r."status" = 'COMPLETED') as median_m,
      percentile_cont(0.9) within group (order by r."working_minutes_taken") filter (where r."status" = 'COMPLETED') as p90_m
    from "services"."service_requests" r where ${where(filter, 'r', 'submitted_at', rp)}
    group by grouping sets ((r."village_code"), ())`;
  // Surveys count in the period they were answered, in the village of the request they rate.
  const sp: unknown[] = [filter.from, filter.to];
  let surveyWhere = 's."created_at" >= ? and s."created_at" < ?';
  if (filter.villages) {
    surveyWhere += ' and r."village_code" = any(?::varchar[])';
    sp.push(`{${filter.villages.join(',')}}`);
  }
  if (filter.serviceId) {
    surveyWhere += ' and s."service_id" = ?';
    sp.push(filter.serviceId);
  }
  const surveysSql = `select r."village_code", grouping(r."village_code") as whole, count(*)::int as n,
      ${IKM_ELEMENTS.map((_, i) => `coalesce(sum((s."scores"->>${i})::int), 0)::bigint as s${i}`).join(', ')}
    from "services"."satisfaction_surveys" s join "services"."service_requests" r on r."id" = s."request_id"
    where ${surveyWhere}
    group by grouping sets ((r."village_code"), ())`;
  const [requests, surveys, complaintRows] = (await Promise.all([
    db.execute(requestsSql, rp),
    db.execute(surveysSql, sp),
    complaints,
  ])) as Record<string, unknown>[][];
  return collect(requests!, surveys!, complaintRows!);
}

function complaintFigures(em: EntityManager, filter: FigureFilter): Promise<Record<string, unknown>[]> {
  const cp: unknown[] = [];
  const complaintsSql = `select c."village_code", grouping(c."village_code") as whole, count(*)::int as n,
      (count(*) filter (where c."responded_at" is not null))::int as answered,
      percentile_cont(0.5) within group (order by extract(epoch from c."responded_at" - c."created_at") / 60) as median_m
    from "services"."complaints" c where ${where(filter, 'c', 'created_at', cp)}
    group by grouping sets ((c."village_code"), ())`;
  return em.getConnection().execute(complaintsSql, cp);
}

/** Rows of the three statements (keyed by village, `whole` for the scope) → figures. */
function collect(
  requests: Record<string, unknown>[],
  surveys: Record<string, unknown>[],
  complaints: Record<string, unknown>[],
): RawFigures[] {
  const byKey = new Map<string, RawFigures>();
  const rowFor = (row: Record<string, unknown>): RawFigures => {
    const key = Number(row.whole) === 1 ? '' : String(row.village_code);
    let figures = byKey.get(key);
    if (!figures) {
      figures = emptyFigures(key === '' ? null : key);
      byKey.set(key, figures);
    }
    return figures;
  };
  for (const row of requests) {
    if (row.percentilesOnly) {
      Object.assign(rowFor(row), { medianMinutes: orNull(row.median_m), p90Minutes: orNull(row.p90_m) });
      continue;
    }
    Object.assign(rowFor(row), {
      requests: num(row.requests),
      completed: num(row.completed),
      onTime: num(row.on_time),
      slaJudged: num(row.sla_judged),
      medianMinutes: orNull(row.median_m),
      p90Minutes: orNull(row.p90_m),
    });
  }
  for (const row of surveys) {
    Object.assign(rowFor(row), {
      ikmResponses: num(row.n),
      ikmSums: IKM_ELEMENTS.map((_, i) => num(row[`s${i}`])),
    });
  }
  for (const row of complaints) {
    Object.assign(rowFor(row), {
      complaints: num(row.n),
      complaintsAnswered: num(row.answered),
      medianResponseMinutes: orNull(row.median_m),
    });
  }
  if (!byKey.has('')) byKey.set('', emptyFigures(null));
  return [...byKey.values()];
}

export const emptyFigures = (villageCode: string | null): RawFigures => ({
  villageCode,
  requests: 0,
  completed: 0,
  onTime: 0,
  slaJudged: 0,
  medianMinutes: null,
  p90Minutes: null,
  ikmResponses: 0,
  ikmSums: IKM_ELEMENTS.map(() => 0),
  complaints: 0,
  complaintsAnswered: 0,
  medianResponseMinutes: null,
});

export interface MonthRow {
  month: string;
  requests: number;
  completed: number;
  onTime: number;
}

/** Requests per calendar month (WIB) of submission in the period: from the roll-up for whole months. */
export async function monthlySeries(em: EntityManager, filter: FigureFilter): Promise<MonthRow[]> {
  const fromMonth = wibMonthStart(filter.from);
  const toMonth = wibMonthStart(filter.to);
  const params: unknown[] = [];
  const rows: Record<string, unknown>[] = await em
    .getConnection()
    .execute(
      fromMonth && toMonth ? monthlyFromRollup(filter, fromMonth, toMonth, params) : monthlyFromRows(filter, params),
      params,
    );
  return rows.map((row) => ({
    month: String(row.month),
    requests: num(row.requests),
    completed: num(row.completed),
    onTime: num(row.on_time),
  }));
}

function monthlyFromRollup(filter: FigureFilter, fromMonth: string, toMonth: string, params: unknown[]): string {
  params.push(fromMonth, toMonth);
  let rollupWhere = 'm."month" >= ?::date and m."month" < ?::date';
  if (filter.villages) {
    rollupWhere += ' and m."village_code" = any(?::varchar[])';
    params.push(`{${filter.villages.join(',')}}`);
  }
  rollupWhere += ' and m."service_id" = ?::uuid';
  params.push(filter.serviceId ?? ALL_SERVICES);
  return `select to_char(m."month", 'YYYY-MM') as month, sum(m."requests")::int as requests,
       sum(m."completed")::int as completed, sum(m."on_time")::int as on_time
     from ${ROLLUP_TABLE} m where ${rollupWhere}
     group by 1 having sum(m."requests") > 0 order by 1`;
}

export async function monthlySeriesFromRows(em: EntityManager, filter: FigureFilter): Promise<MonthRow[]> {
  const params: unknown[] = [];
  const rows: Record<string, unknown>[] = await em.getConnection().execute(monthlyFromRows(filter, params), params);
  return rows.map((row) => ({
    month: String(row.month),
    requests: num(row.requests),
    completed: num(row.completed),
    onTime: num(row.on_time),
  }));
}

function monthlyFromRows(filter: FigureFilter, params: unknown[]): string {
  return `select to_char(date_trunc('month', r."submitted_at" at time zone 'Asia/Jakarta'), 'YYYY-MM') as month,
       count(*)::int as requests,
       (count(*) filter (where r."status" = 'COMPLETED'))::int as completed,
       (count(*) filter (where r."status" = 'COMPLETED' and r."sla_met"))::int as on_time
     from "services"."service_requests" r where ${where(filter, 'r', 'submitted_at', params)}
     group by 1 order by 1`;
}

/** Upper bounds (working hours) of the completion-time buckets; the last bucket is open. */
export const HOUR_BUCKETS = [1, 2, 4, 8, 16, 40] as const;

/** Completed requests per completion-time bucket (working hours). */
export async function completionHistogram(em: EntityManager, filter: FigureFilter): Promise<number[]> {
  const params: unknown[] = [];
  const bounds = HOUR_BUCKETS.map((h) => h * 60).join(', ');
  const rows: Record<string, unknown>[] = await em.getConnection().execute(
    `select width_bucket(r."working_minutes_taken", array[${bounds}]::int[]) as bucket, count(*)::int as n
     from "services"."service_requests" r
     where ${where(filter, 'r', 'submitted_at', params)} and r."status" = 'COMPLETED' and r."working_minutes_taken" is not null
     group by 1`,
    params,
  );
  const counts = Array.from({ length: HOUR_BUCKETS.length + 1 }, () => 0);
  for (const row of rows) counts[num(row.bucket)]! += num(row.n);
  return counts;
}

export interface ServiceRow {
  serviceId: string;
  name: string;
  requests: number;
  completed: number;
  onTime: number;
  medianMinutes: number | null;
}

/** Per service, for one village's drill-down. */
export async function perService(em: EntityManager, filter: FigureFilter): Promise<ServiceRow[]> {
  const params: unknown[] = [];
  const rows: Record<string, unknown>[] = await em.getConnection().execute(
    `select r."service_id", s."name", count(*)::int as requests,
       (count(*) filter (where r."status" = 'COMPLETED'))::int as completed,
       (count(*) filter (where r."status" = 'COMPLETED' and r."sla_met"))::int as on_time,
       percentile_cont(0.5) within group (order by r."working_minutes_taken") filter (where r."status" = 'COMPLETED') as median_m
     from "services"."service_requests" r join "services"."services" s on s."id" = r."service_id"
     where ${where(filter, 'r', 'submitted_at', params)}
     group by 1, 2 order by 3 desc, 2`,
    params,
  );
  return rows.map((row) => ({
    serviceId: String(row.service_id),
    name: String(row.name),
    requests: num(row.requests),
    completed: num(row.completed),
    onTime: num(row.on_time),
    medianMinutes: orNull(row.median_m),
  }));
}
