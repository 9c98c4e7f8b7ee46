import { startSubgraphForTest, type SubgraphUnderTest } from '@kampung/devtools';
import { districtCodeOf } from '@kampung/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ServicesEnv } from '../env.js';
import { Service, ServiceCategory, subgraph } from '../index.js';
import {
  figuresFromRollup,
  figuresFromRows,
  wibMonthStart,
  type FigureFilter,
  type RawFigures,
} from './figures.sql.js';
import { REGENCY_VILLAGES } from './regency-villages.js';

/**
 * The histogram of completion minutes (decision 029) against `percentile_cont` over the raw
 * rows: random requests (a fixed seed, printed on failure) in villages of three districts,
 * written through every path the triggers see (bulk inserts, completions, corrections,
 * deletions, a rollback), then the median and 90th percentile of villages, a district and the
 * regency, with and without a service, over several periods of whole months.
 */
const SEED = 20261209;
const CLURING = '35.10.06';
const MUNCAR = '35.10.05';
const villagesOf = (district: string) =>
  REGENCY_VILLAGES.filter(([code]) => districtCodeOf(code) === district).map(([code]) => code);
const VILLAGES = [...villagesOf(CLURING).slice(0, 5), ...villagesOf(MUNCAR).slice(0, 4), '35.10.01.2001'];
const wib = (month: string) => new Date(`${month}-01T00:00:00+07:00`);

let services: SubgraphUnderTest<ServicesEnv>;
let serviceIds: string[];

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
  services.orm.em.getConnection().execute(text, params);

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Row {
  village: string;
  service: string;
  submittedAt: string;
  status: string;
  minutes: number | null;
}

/** Minutes with many ties (a few round values), a spread, and a long tail; some completed without minutes. */
function randomRows(next: () => number, count: number): Row[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, () => {
    const completed = next() < 0.8;
    const kind = next();
    const minutes = !completed
      ? null
      : kind < 0.05
        ? null
        : kind < 0.35
          ? pick([30, 60, 90, 120, 480])
          : kind < 0.9
            ? Math.floor(next() * 900)
            : Math.floor(next() * 200_000);
    // Fourteen months around the periods asked, some just before or after a WIB month boundary.
    const month = Math.floor(next() * 14);
    const base = Date.UTC(2025, 10 + month, 1) - 7 * 3_600_000;
    const offset = next() < 0.1 ? (next() < 0.5 ? -60_000 : 0) : Math.floor(next() * 27 * 86_400_000);
    return {
      village: pick(VILLAGES),
      service: pick(serviceIds),
      submittedAt: new Date(base + offset).toISOString(),
      status: completed ? 'COMPLETED' : pick(['SUBMITTED', 'IN_PROCESS', 'REJECTED']),
      minutes,
    };
  });
}

/** One statement for all rows: the bulk path (one trigger call). */
async function insert(rows: Row[]): Promise<void> {
  await sql(
    `insert into services.service_requests (id, tracking_code, service_id, service_version, applicant_id, status, form_snapshot,
       submitted_at, due_at, completed_at, sla_met, village_code, fee, sla_hours, working_minutes_taken)
     select gen_random_uuid(), 'HST-' || substr(md5(random()::text), 1, 10), r.service_id, 1, gen_random_uuid(), r.status, '[]',
       r.submitted_at, r.submitted_at + interval '1 day', case when r.status = 'COMPLETED' then r.submitted_at + interval '2 hours' end,
       case when r.status = 'COMPLETED' then coalesce(r.minutes, 0) < 480 end, r.village_code, 0, 8, r.minutes
     from json_to_recordset(?::json) as r(village_code text, service_id uuid, submitted_at timestamptz, status text, minutes int)`,
    [
      JSON.stringify(
        rows.map((r) => ({
          village_code: r.village,
          service_id: r.service,
          submitted_at: r.submittedAt,
          status: r.status,
          minutes: r.minutes,
        })),
      ),
    ],
  );
}

/** The histogram's non-empty cells, and the same recomputed from the rows independently of the triggers. */
const histogram = () =>
  sql(`select service_id::text, month::text, village_code, minutes, counts from services.oversight_minutes
       where cardinality(minutes) > 0 order by 1, 2, 3`);
const recomputed = () =>
  sql(`with v as (
         select coalesce(service_id::text, '00000000-0000-0000-0000-000000000000') as service_id,
           (date_trunc('month', submitted_at at time zone 'Asia/Jakarta'))::date::text as month, village_code,
           working_minutes_taken as m, count(*)::int as n
         from services.service_requests where status = 'COMPLETED' and working_minutes_taken is not null
         group by grouping sets ((service_id, 2, village_code, working_minutes_taken), (2, village_code, working_minutes_taken)))
       select service_id, month, village_code, array_agg(m order by m) as minutes, array_agg(n order by m) as counts
       from v group by 1, 2, 3 order by 1, 2, 3`);

const percentiles = (figures: RawFigures[]) =>
  figures
    .filter((f) => f.medianMinutes !== null || f.villageCode === null)
    .map((f) => ({ village: f.villageCode, median: f.medianMinutes, p90: f.p90Minutes }))
    .sort((a, b) => String(a.village).localeCompare(String(b.village)));

/** Every scope, service filter and period: the histogram's percentiles equal percentile_cont's. */
async function expectExact(): Promise<number> {
  expect(await histogram()).toEqual(await recomputed());
  const scopes = [null, villagesOf(CLURING), villagesOf(MUNCAR), [VILLAGES[0]!], [VILLAGES[6]!, VILLAGES[9]!]];
  const periods = [
    ['2025-12', '2026-12'],
    ['2025-11', '2027-01'],
    ['2026-03', '2026-04'],
    ['2026-05', '2026-09'],
    ['2027-02', '2027-03'], // nothing there
  ] as const;
  let compared = 0;
  for (const villages of scopes)
    for (const serviceId of [null, ...serviceIds])
      for (const [from, to] of periods) {
        const filter: FigureFilter = { villages, from: wib(from), to: wib(to), serviceId };
        const em = services.orm.em.fork();
        const fromHistogram = percentiles(
          await figuresFromRollup(em, filter, wibMonthStart(filter.from)!, wibMonthStart(filter.to)!),
        );
        const fromRows = percentiles(await figuresFromRows(em, filter));
        expect(fromHistogram, `seed ${SEED}, ${JSON.stringify(filter)}`).toEqual(fromRows);
        compared += fromRows.filter((f) => f.median !== null).length;
      }
  return compared;
}

beforeAll(async () => {
  services = await startSubgraphForTest(subgraph, inject('databaseUrl'));
  const em = services.orm.em.fork();
  const category = em.create(ServiceCategory, { code: 'ADM', name: 'Administrasi', position: 1 });
  const base = { category, summary: '-', description: '-', office: 'Kantor Desa', isLetter: true, slaHours: 8 };
  const created = ['sku', 'sktm', 'domisili'].map((slug) => em.create(Service, { ...base, slug, name: slug }));
  await em.flush();
  serviceIds = created.map((s) => s.id);
});

afterAll(async () => {
  await services?.close();
});

describe('the histogram of completion minutes', () => {
  it('gives the same median and 90th percentile as percentile_cont over the rows, for any scope, service and period', async () => {
    const next = random(SEED);
    await insert(randomRows(next, 1500));
    await insert(randomRows(next, 1500));
    expect(await expectExact()).toBeGreaterThan(100);

    // Completions one by one (the workflow's path), corrections, moves and deletions.
    const open = await sql<{ id: string }>(
      `select id from services.service_requests where status <> 'COMPLETED' order by tracking_code limit 40`,
    );
    for (const [i, { id }] of open.entries())
      await sql(
        `update services.service_requests set status = 'COMPLETED', completed_at = submitted_at + interval '1 hour',
           sla_met = true, working_minutes_taken = ? where id = ?`,
        [i % 4 === 0 ? 60 : Math.floor(next() * 700), id],
      );
    await sql(
      `update services.service_requests set working_minutes_taken = working_minutes_taken + 1
       where status = 'COMPLETED' and working_minutes_taken % 7 = 0`,
    );
    await sql(
      `update services.service_requests set status = 'IN_PROCESS', working_minutes_taken = null, completed_at = null, sla_met = null
       where id in (select id from services.service_requests where status = 'COMPLETED' order by tracking_code limit 25)`,
    );
    await sql(
      `update services.service_requests set service_id = ?, village_code = ?
       where id in (select id from services.service_requests where status = 'COMPLETED' order by tracking_code desc limit 30)`,
      [serviceIds[0], VILLAGES[1]],
    );
    await sql(
      `update services.service_requests set submitted_at = submitted_at + interval '20 days', due_at = due_at + interval '20 days'
       where id in (select id from services.service_requests order by id limit 60)`,
    );
    await sql(
      `delete from services.service_requests where id in (select id from services.service_requests order by id desc limit 50)`,
    );
    // A statement that changes nothing the histogram holds.
    await sql(`update services.service_requests set fee = fee + 1000 where village_code = ?`, [VILLAGES[2]]);
    expect(await expectExact()).toBeGreaterThan(100);

    // A failed transaction leaves the histogram as it was.
    const before = await histogram();
    await expect(
      services.orm.em.fork().transactional(async (tx) => {
        await tx
          .getConnection()
          .execute(
            `update services.service_requests set working_minutes_taken = 5 where status = 'COMPLETED'`,
            [],
            'run',
            tx.getTransactionContext(),
          );
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await histogram()).toEqual(before);

    // Emptied: nothing left to count, and no percentile to show.
    await sql(`truncate services.service_requests cascade`);
    expect(await sql(`select 1 from services.oversight_minutes`)).toEqual([]);
    const [total] = (
      await figuresFromRollup(
        services.orm.em.fork(),
        { villages: null, from: wib('2025-12'), to: wib('2026-12'), serviceId: null },
        '2025-12-01',
        '2026-12-01',
      )
    ).filter((f) => f.villageCode === null);
    expect(total!.medianMinutes).toBeNull();
    expect(total!.p90Minutes).toBeNull();
  });
});
