import { startSubgraphForTest, type SubgraphUnderTest } from '@kampung/devtools';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ServicesEnv } from '../env.js';
import { SatisfactionSurvey, Service, ServiceCategory, ServiceRequest, subgraph } from '../index.js';
import {
  figuresFromRollup,
  figuresFromRows,
  monthlySeries,
  monthlySeriesFromRows,
  rawFigures,
  wibMonthStart,
  type FigureFilter,
} from './figures.sql.js';
import { ALL_SERVICES } from './rollup.sql.js';

const SEMBULUNG = '35.10.06.2003';
const TAMPO = '35.10.06.2002';
const SUMBERBERAS = '35.10.05.2001';
/** Twelve whole months in WIB: the roll-up answers. */
const FROM = new Date('2025-12-01T00:00:00+07:00');
const TO = new Date('2026-12-01T00:00:00+07:00');

let services: SubgraphUnderTest<ServicesEnv>;
let sku: string;
let sktm: string;

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
  services.orm.em.getConnection().execute(text, params);

/** A submitted request (open), as the applicant's submission writes it. */
async function submit(village: string, submittedAt: string, service = sku): Promise<string> {
  const id = randomUUID();
  await sql(
    `insert into services.service_requests (id, tracking_code, service_id, service_version, applicant_id, status, form_snapshot,
       submitted_at, due_at, village_code, fee, sla_hours)
     values (?, ?, ?, 1, ?, 'SUBMITTED', '[]', ?::timestamptz, ?::timestamptz + interval '1 day', ?, 0, 8)`,
    [id, `LYN-${id.slice(0, 8).toUpperCase()}`, service, randomUUID(), submittedAt, submittedAt, village],
  );
  return id;
}

/** Staff complete it: status, completion time, SLA verdict and working minutes in one update. */
const complete = (id: string, minutes: number, onTime: boolean) =>
  sql(
    `update services.service_requests set status = 'COMPLETED', completed_at = submitted_at + interval '1 hour',
       sla_met = ?, working_minutes_taken = ? where id = ?`,
    [onTime, minutes, id],
  );

const survey = (requestId: string, service: string, scores: number[], createdAt: string) =>
  sql(
    `insert into services.satisfaction_surveys (id, request_id, service_id, scores, created_at) values (?, ?, ?, ?::jsonb, ?)`,
    [randomUUID(), requestId, service, JSON.stringify(scores), createdAt],
  );

/** The roll-up's rows, without the rows whose every figure went back to zero. */
const rollup = () =>
  sql(`select village_code, month::text as month, service_id, requests, completed, on_time, sla_judged, surveys,
         ikm_sum1, ikm_sum2, ikm_sum3, ikm_sum4, ikm_sum5, ikm_sum6, ikm_sum7, ikm_sum8, ikm_sum9
       from services.oversight_monthly
       where (requests <> 0 or completed <> 0 or surveys <> 0 or on_time <> 0 or sla_judged <> 0)
         and service_id <> '${ALL_SERVICES}'
       order by 1, 2, 3`);

/** The all-services rows must be the sums of the per-service rows of the same village and month. */
const allServicesMismatches = () =>
  sql(`select village_code, month from services.oversight_monthly m
       group by village_code, month
       having ${[
         'requests',
         'completed',
         'on_time',
         'sla_judged',
         'surveys',
         ...Array.from({ length: 9 }, (_, i) => `ikm_sum${i + 1}`),
       ]
         .map(
           (c) =>
             `sum(${c}) filter (where service_id = '${ALL_SERVICES}') is distinct from sum(${c}) filter (where service_id <> '${ALL_SERVICES}')`,
         )
         .join(' or ')}`);

/** The same figures recomputed from the raw rows, written independently of the triggers. */
const recomputed = () =>
  sql(`with req as (
         select village_code, (date_trunc('month', submitted_at at time zone 'Asia/Jakarta'))::date as month, service_id,
           count(*)::int as requests,
           count(*) filter (where status = 'COMPLETED')::int as completed,
           count(*) filter (where status = 'COMPLETED' and sla_met)::int as on_time,
           count(*) filter (where status = 'COMPLETED' and sla_met is not null)::int as sla_judged
         from services.service_requests group by 1, 2, 3),
       sur as (
         select r.village_code, (date_trunc('month', s.created_at at time zone 'Asia/Jakarta'))::date as month, s.service_id,
           count(*)::int as surveys,
           ${Array.from({ length: 9 }, (_, i) => `sum((s.scores->>${i})::int)::int as ikm_sum${i + 1}`).join(', ')}
         from services.satisfaction_surveys s join services.service_requests r on r.id = s.request_id group by 1, 2, 3)
       select coalesce(req.village_code, sur.village_code) as village_code, coalesce(req.month, sur.month)::text as month,
         coalesce(req.service_id, sur.service_id) as service_id,
         coalesce(requests, 0) as requests, coalesce(completed, 0) as completed, coalesce(on_time, 0) as on_time,
         coalesce(sla_judged, 0) as sla_judged, coalesce(surveys, 0) as surveys,
         ${Array.from({ length: 9 }, (_, i) => `coalesce(ikm_sum${i + 1}, 0) as ikm_sum${i + 1}`).join(', ')}
       from req full join sur using (village_code, month, service_id)
       order by 1, 2, 3`);

const filters = (): FigureFilter[] => [
  { villages: null, from: FROM, to: TO, serviceId: null },
  { villages: [SEMBULUNG, TAMPO], from: FROM, to: TO, serviceId: null },
  { villages: null, from: FROM, to: TO, serviceId: sktm },
  { villages: [SEMBULUNG], from: new Date('2026-03-01T00:00:00+07:00'), to: TO, serviceId: sku },
];

async function expectRollupExact(): Promise<void> {
  expect(await rollup()).toEqual(await recomputed());
  expect(await allServicesMismatches()).toEqual([]);
  for (const filter of filters()) {
    const em = services.orm.em.fork();
    const fromRollup = await figuresFromRollup(em, filter, wibMonthStart(filter.from)!, wibMonthStart(filter.to)!);
    const fromRows = await figuresFromRows(em, filter);
    const byCode = (list: typeof fromRows) =>
      [...list].sort((a, b) => String(a.villageCode).localeCompare(String(b.villageCode)));
    // Villages whose figures are all zero may appear on one side only; they read as "no data" either way.
    const meaningful = (list: typeof fromRows) =>
      byCode(list).filter((f) => f.villageCode === null || f.requests || f.ikmResponses || f.complaints);
    expect(meaningful(fromRollup)).toEqual(meaningful(fromRows));
    const months = await monthlySeries(em, filter);
    expect(months).toEqual(await monthlySeriesFromRows(em, filter));
    if (filter.villages === null && filter.serviceId === null) expect(months.length).toBeGreaterThan(0);
  }
}

beforeAll(async () => {
  services = await startSubgraphForTest(subgraph, inject('databaseUrl'));
  const em = services.orm.em.fork();
  const category = em.create(ServiceCategory, { code: 'ADM', name: 'Administrasi', position: 1 });
  const base = { category, summary: '-', description: '-', office: 'Kantor Desa', isLetter: true, slaHours: 8 };
  const a = em.create(Service, { ...base, slug: 'sku', name: 'Surat Keterangan Usaha' });
  const b = em.create(Service, { ...base, slug: 'sktm', name: 'Surat Keterangan Tidak Mampu' });
  await em.flush();
  sku = a.id;
  sktm = b.id;
});

afterAll(async () => {
  await services?.close();
});

describe('the monthly oversight roll-up', () => {
  it('equals the figures recomputed from the rows after submissions, completions, surveys, complaints and corrections', async () => {
    // Submissions: two months, two services, three villages, and one at 23:30 WIB on the last day of
    // February (still February in WIB, March 1st 16:30 UTC is already March in WIB).
    const s1 = await submit(SEMBULUNG, '2026-02-28T16:30:00Z'); // 2026-02-28 23:30 WIB
    const s2 = await submit(SEMBULUNG, '2026-02-28T17:30:00Z'); // 2026-03-01 00:30 WIB
    const s3 = await submit(SEMBULUNG, '2026-03-10T02:00:00Z', sktm);
    const t1 = await submit(TAMPO, '2026-03-11T02:00:00Z');
    const t2 = await submit(TAMPO, '2026-04-11T02:00:00Z');
    const m1 = await submit(SUMBERBERAS, '2026-05-11T02:00:00Z', sktm);
    const before = await submit(SEMBULUNG, '2025-11-30T16:59:00Z'); // November in WIB: outside the period
    await expectRollupExact();

    // Completions (one late, one on time), then surveys answered in a later month than the request.
    await complete(s1, 90, true);
    await complete(s2, 600, false);
    await complete(t1, 45, true);
    await complete(m1, 200, true);
    await complete(before, 30, true);
    await survey(s1, sku, [4, 4, 4, 4, 4, 4, 4, 4, 4], '2026-03-02T01:00:00Z');
    await survey(s2, sku, [1, 2, 3, 4, 1, 2, 3, 4, 1], '2026-04-02T01:00:00Z');
    await survey(t1, sku, [3, 3, 3, 2, 3, 3, 3, 3, 3], '2026-03-20T01:00:00Z');
    await survey(m1, sktm, [2, 2, 2, 2, 2, 2, 2, 2, 2], '2026-05-30T01:00:00Z');
    // A complaint answered after three hours (complaints are read from their rows).
    await sql(
      `insert into services.complaints (id, author_id, village_code, subject, body, status, created_at, responded_at)
       values (?, ?, ?, 'Lampu', 'Lampu jalan mati', 'IN_PROGRESS', '2026-03-03T01:00:00Z', '2026-03-03T04:00:00Z')`,
      [randomUUID(), randomUUID(), SEMBULUNG],
    );
    await expectRollupExact();

    // Through the ORM, as the workflow writes: a request completed by an entity flush.
    const em = services.orm.em.fork();
    const open = await em.findOneOrFail(ServiceRequest, { id: t2 });
    Object.assign(open, {
      status: 'COMPLETED',
      completedAt: new Date('2026-04-11T05:00:00Z'),
      slaMet: false,
      workingMinutesTaken: 180,
    });
    await em.flush();
    // Many rows in one statement (the seed's and the benchmark's bulk inserts): one trigger call.
    await sql(
      `insert into services.service_requests (id, tracking_code, service_id, service_version, applicant_id, status, form_snapshot,
         submitted_at, due_at, completed_at, sla_met, village_code, fee, sla_hours, working_minutes_taken)
       select gen_random_uuid(), 'BLK-' || n, ?, 1, gen_random_uuid(), 'COMPLETED', '[]',
         timestamptz '2026-06-01T01:00:00Z' + n * interval '1 day', timestamptz '2026-06-02T01:00:00Z' + n * interval '1 day',
         timestamptz '2026-06-01T03:00:00Z' + n * interval '1 day', n % 3 = 0, case when n % 2 = 0 then ? else ? end, 0, 8, n * 7
       from generate_series(1, 90) n`,
      [sku, TAMPO, SUMBERBERAS],
    );
    await sql(
      `insert into services.satisfaction_surveys (id, request_id, service_id, scores, created_at)
       select gen_random_uuid(), r.id, r.service_id, jsonb_build_array(1 + n % 4, 2, 3, 4, 1 + n % 4, 2, 3, 4, 4), r.completed_at + interval '1 day'
       from (select r.*, row_number() over (order by tracking_code) as n from services.service_requests r where tracking_code like 'BLK-%') r
       where n % 2 = 0`,
    );
    await expectRollupExact();

    // Corrections: a verdict changed, a survey deleted, a request moved to another service, an
    // open request withdrawn (deleted), and a transaction that fails leaves the roll-up as it was.
    await sql(`update services.service_requests set sla_met = true where id = ?`, [s2]);
    await sql(`delete from services.satisfaction_surveys where request_id = ?`, [t1]);
    await sql(`update services.service_requests set service_id = ? where id = ?`, [sktm, s1]);
    const withdrawn = await submit(TAMPO, '2026-07-01T02:00:00Z');
    await sql(`delete from services.service_requests where id = ?`, [withdrawn]);
    const snapshot = await rollup();
    await expect(
      services.orm.em.fork().transactional(async (tx) => {
        const request = tx.create(ServiceRequest, {
          ...(await tx.findOneOrFail(ServiceRequest, { id: s3 })),
          id: randomUUID(),
          trackingCode: 'LYN-ROLLBACK',
        } as never);
        await tx.flush();
        expect(request.id).toBeTruthy();
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await rollup()).toEqual(snapshot);
    await expectRollupExact();

    // The figures the league publishes: IKM from the integer sums, every request counted once.
    const [total] = (await rawFigures(services.orm.em.fork(), filters()[0]!)).filter((f) => f.villageCode === null);
    const surveys = await sql<{ n: number }>(
      `select count(*)::int as n from services.satisfaction_surveys where created_at >= ? and created_at < ?`,
      [FROM, TO],
    );
    expect(total!.ikmResponses).toBe(surveys[0]!.n);
    expect(total!.requests).toBe(6 + 90); // s1, s2, s3, t1, t2, m1 and the bulk; not November's
    expect(await services.orm.em.fork().count(SatisfactionSurvey, {})).toBe(3 + 45);
  });

  it('is used only for periods of whole WIB months', () => {
    expect(wibMonthStart(new Date('2026-01-01T00:00:00+07:00'))).toBe('2026-01-01');
    expect(wibMonthStart(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
    expect(wibMonthStart(new Date('2026-01-01T00:00:00Z'))).toBeNull();
    expect(wibMonthStart(new Date('2026-01-02T00:00:00+07:00'))).toBeNull();
    expect(wibMonthStart(new Date('2026-01-01T00:00:00.001+07:00'))).toBeNull();
  });
});
