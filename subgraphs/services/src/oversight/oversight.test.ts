import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { signUserToken, type Membership, type Role } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ServicesEnv } from '../env.js';
import { Service, ServiceCategory, subgraph } from '../index.js';
import { REGENCY_VILLAGES } from './regency-villages.js';

const SEMBULUNG = '35.10.06.2003';
const TAMPO = '35.10.06.2002';
const SUMBERBERAS = '35.10.05.2001'; // Muncar: another district
const CLURING = '35.10.06';
const PERIOD = { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' };

let services: SubgraphUnderTest<ServicesEnv>;
let serviceId: string;
let otherServiceId: string;

const token = (memberships: Membership[], roles: Role[] = ['BUYER', 'STAFF']) =>
  signUserToken(
    { userId: randomUUID(), roles, memberships },
    { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' },
  );
const staffOf = (village: string) => token([{ role: 'VILLAGE_STAFF', place: village }]);
const officerOf = (district: string) => token([{ role: 'DISTRICT_OFFICER', place: district }]);
const regencyAdmin = () => token([{ role: 'REGENCY_ADMIN', place: '35.10' }], ['BUYER', 'STAFF', 'ADMIN']);
const citizen = () => token([], ['BUYER']);

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
  services.orm.em.getConnection().execute(text, params);

/** A request in a village: completed (with working minutes and SLA verdict) or still open. */
async function request(
  village: string,
  minutes: number | null,
  onTime: boolean | null,
  options: { service?: string; submittedAt?: string } = {},
): Promise<string> {
  const id = randomUUID();
  const submittedAt = options.submittedAt ?? '2026-03-02T02:00:00Z';
  await sql(
    `insert into services.service_requests (id, tracking_code, service_id, service_version, applicant_id, status, form_snapshot,
       submitted_at, due_at, completed_at, sla_met, village_code, fee, sla_hours, working_minutes_taken)
     values (?, ?, ?, 1, ?, ?, '[]', ?::timestamptz, ?::timestamptz + interval '1 day', ?, ?, ?, 0, 8, ?)`,
    [
      id,
      `LYN-${id.slice(0, 6).toUpperCase()}`,
      options.service ?? serviceId,
      randomUUID(),
      minutes === null ? 'SUBMITTED' : 'COMPLETED',
      submittedAt,
      submittedAt,
      minutes === null ? null : new Date(Date.parse(submittedAt) + 3_600_000),
      minutes === null ? null : onTime,
      village,
      minutes,
    ],
  );
  return id;
}

async function survey(village: string, score: number): Promise<void> {
  const requestId = await request(village, 30, true);
  await sql(
    `insert into services.satisfaction_surveys (id, request_id, service_id, scores, created_at) values (?, ?, ?, ?::jsonb, '2026-03-05T03:00:00Z')`,
    [randomUUID(), requestId, serviceId, JSON.stringify(Array.from({ length: 9 }, () => score))],
  );
}

const LEAGUE = `query($scope: OversightScopeInput, $period: OversightPeriodInput!, $serviceId: ID, $orderBy: LeagueOrder, $descending: Boolean) {
  villageLeague(scope: $scope, period: $period, serviceId: $serviceId, orderBy: $orderBy, descending: $descending) {
    scopeCode scopeName aggregation
    total { code requests completed onTime onTimeShare medianHours p90Hours ikm ikmGrade ikmResponses complaints medianComplaintResponseHours }
    villages { code name districtCode requests completed onTimeShare medianHours p90Hours ikm ikmGrade ikmResponses complaints }
  } }`;
const PUBLIC_LEAGUE = `query($scope: OversightScopeInput, $period: OversightPeriodInput!) {
  publicRegencyFigures(scope: $scope, period: $period) { scopeCode total { requests ikm } villages { code requests } } }`;
const FIGURES = `query($code: String!, $period: OversightPeriodInput!) {
  villageFigures(villageCode: $code, period: $period) {
    figures { code requests medianHours }
    months { month requests completed onTime onTimeShare }
    distribution { fromHours toHours count }
    services { name requests }
  } }`;

type League = {
  scopeCode: string;
  total: Record<string, unknown>;
  villages: ({ code: string } & Record<string, unknown>)[];
  aggregation: string;
};

beforeAll(async () => {
  services = await startSubgraphForTest(subgraph, inject('databaseUrl'));
  const em = services.orm.em.fork();
  const category = em.create(ServiceCategory, { code: 'ADM', name: 'Administrasi', position: 1 });
  const base = { category, summary: '-', description: '-', office: 'Kantor Desa', isLetter: true, slaHours: 8 };
  const sku = em.create(Service, { ...base, slug: 'sku', name: 'Surat Keterangan Usaha' });
  const sktm = em.create(Service, { ...base, slug: 'sktm', name: 'Surat Keterangan Tidak Mampu' });
  await em.flush();
  serviceId = sku.id;
  otherServiceId = sktm.id;

  // Sembulung: five completed (1, 2, 3, 4, 10 working hours; three on time) and one open.
  for (const [minutes, onTime] of [
    [60, true],
    [120, true],
    [180, true],
    [240, false],
    [600, false],
  ] as const)
    await request(SEMBULUNG, minutes, onTime);
  await request(SEMBULUNG, null, null);
  // Outside the period: never counted.
  await request(SEMBULUNG, 9999, false, { submittedAt: '2025-12-31T16:59:00Z' });
  // Another service, in April.
  await request(SEMBULUNG, 45, true, { service: otherServiceId, submittedAt: '2026-04-01T03:00:00Z' });
  // Tampo and Sumberberas.
  await request(TAMPO, 300, false);
  await request(SUMBERBERAS, 30, true);
  // IKM: one Sembulung response all 4s (100), three Tampo responses all 3s (75).
  await survey(SEMBULUNG, 4);
  for (let i = 0; i < 3; i++) await survey(TAMPO, 3);
  // Complaints: Sembulung answered after 2 h and 6 h, one unanswered.
  for (const [village, hours] of [
    [SEMBULUNG, 2],
    [SEMBULUNG, 6],
    [SEMBULUNG, null],
    [TAMPO, 1],
  ] as const)
    await sql(
      `insert into services.complaints (id, author_id, village_code, subject, body, status, created_at, responded_at)
       values (?, ?, ?, 'Lampu', 'Lampu jalan mati', ?, '2026-03-03T01:00:00Z', ?)`,
      [
        randomUUID(),
        randomUUID(),
        village,
        hours === null ? 'WAITING' : 'IN_PROGRESS',
        hours === null ? null : new Date(Date.parse('2026-03-03T01:00:00Z') + hours * 3_600_000),
      ],
    );
});
afterAll(() => services?.close());

const league = async (auth: string, variables: Record<string, unknown> = {}) =>
  services.request<{ villageLeague: League }>(LEAGUE, { period: PERIOD, ...variables }, auth);

describe('the league of a district', () => {
  it('computes counts, on-time share and the SQL median and 90th percentile of working hours per village', async () => {
    const result = await league(await officerOf(CLURING), { serviceId });
    expect(result.errors).toBeUndefined();
    const sembulung = result.data!.villageLeague.villages.find((v) => v.code === SEMBULUNG)!;
    // 6 requests of the service in the period + the 1 survey request (completed in 30 min, on time).
    expect(sembulung).toMatchObject({ requests: 7, completed: 6, districtCode: CLURING, name: 'Sembulung' });
    // minutes 30, 60, 120, 180, 240, 600: median (120+180)/2 = 150 min = 2.5 h; p90 at 0.9*5 = 4.5 → 240 + 0.5*360 = 420 min = 7 h
    expect(sembulung.medianHours).toBe(2.5);
    expect(sembulung.p90Hours).toBe(7);
    expect(sembulung.onTimeShare).toBe(0.67); // 4 of 6
  });

  it('computes IKM of the district from every response, not as the average of village indexes', async () => {
    const result = await league(await officerOf(CLURING));
    const { villages, total, aggregation } = result.data!.villageLeague;
    expect(villages.find((v) => v.code === SEMBULUNG)).toMatchObject({ ikm: 100, ikmGrade: 'A', ikmResponses: 1 });
    expect(villages.find((v) => v.code === TAMPO)).toMatchObject({ ikm: 75, ikmGrade: 'C', ikmResponses: 3 });
    // (4 + 3·3) / 4 = 3.25 per element → 81.25 (the mean of the village indexes would be 87.50)
    expect(total).toMatchObject({ ikm: 81.25, ikmGrade: 'B', ikmResponses: 4 });
    expect(aggregation).toMatch(/bukan rata-rata IKM desa/);
  });

  it('takes the median and 90th percentile of the district from all its requests', async () => {
    const { total } = (await league(await officerOf(CLURING))).data!.villageLeague;
    const [row] = await sql<{ median: number; p90: number; n: number }>(
      `select percentile_cont(0.5) within group (order by working_minutes_taken) / 60 as median,
              percentile_cont(0.9) within group (order by working_minutes_taken) / 60 as p90, count(*)::int as n
       from services.service_requests where village_code like '35.10.06.%' and status = 'COMPLETED'
         and submitted_at >= '2026-01-01' and submitted_at < '2027-01-01'`,
    );
    expect(total.medianHours).toBe(Math.round(Number(row!.median) * 100) / 100);
    expect(total.p90Hours).toBe(Math.round(Number(row!.p90) * 100) / 100);
    expect(total.completed).toBe(row!.n);
    // Not the mean of the villages' medians.
    expect(total.medianHours).not.toBe(2.5);
  });

  it('lists every village of the district, those without any data with empty figures (not zero hours)', async () => {
    const { villages } = (await league(await officerOf(CLURING))).data!.villageLeague;
    const cluring = REGENCY_VILLAGES.filter(([code]) => code.startsWith(`${CLURING}.`)).map(([code]) => code);
    expect(villages.map((v) => v.code).sort()).toEqual(cluring.sort());
    const quiet = villages.find((v) => v.code === '35.10.06.2001')!;
    expect(quiet).toMatchObject({ requests: 0, completed: 0, onTimeShare: null, medianHours: null, ikm: null });
  });

  it('counts complaints and the median hours to the first answer', async () => {
    const { total, villages } = (await league(await officerOf(CLURING))).data!.villageLeague;
    expect(villages.find((v) => v.code === SEMBULUNG)!.complaints).toBe(3);
    expect(total).toMatchObject({ complaints: 4, medianComplaintResponseHours: 2 }); // 1, 2, 6
  });

  it('sorts by a column, villages without a value last', async () => {
    const { villages } = (await league(await officerOf(CLURING), { orderBy: 'MEDIAN_HOURS', descending: true })).data!
      .villageLeague;
    // Sembulung 2.5 h, Tampo 0.5 h (300 min and three 30-minute requests)
    expect(villages.slice(0, 2).map((v) => v.code)).toEqual([SEMBULUNG, TAMPO]);
    expect(villages.at(-1)!.medianHours).toBeNull();
  });
});

describe('who sees which figures', () => {
  it('a district officer gets their district by default and FORBIDDEN for another', async () => {
    const officer = await officerOf(CLURING);
    expect((await league(officer)).data!.villageLeague.scopeCode).toBe(CLURING);
    const other = await league(officer, { scope: { districtCode: '35.10.05' } });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const drill = await services.request(FIGURES, { code: SUMBERBERAS, period: PERIOD }, officer);
    expect(drill.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the regency admin sees the whole regency (217 villages) and any district', async () => {
    const admin = await regencyAdmin();
    const whole = (await league(admin)).data!.villageLeague;
    expect(whole.scopeCode).toBe('35.10');
    expect(whole.villages).toHaveLength(217);
    expect(whole.villages.find((v) => v.code === SUMBERBERAS)!.requests).toBe(1);
    expect((await league(admin, { scope: { districtCode: '35.10.05' } })).data!.villageLeague.villages).toHaveLength(
      REGENCY_VILLAGES.filter(([code]) => code.startsWith('35.10.05.')).length,
    );
  });

  it('village staff see their own village only', async () => {
    const staff = await staffOf(TAMPO);
    const own = (await league(staff)).data!.villageLeague;
    expect(own.villages.map((v) => v.code)).toEqual([TAMPO]);
    expect((await league(staff, { scope: { districtCode: CLURING } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await services.request(FIGURES, { code: SEMBULUNG, period: PERIOD }, staff)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await league(await citizen())).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await services.request(LEAGUE, { period: PERIOD })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('the public figures need no sign-in and equal the officers’ aggregates', async () => {
    const open = await services.request<{ publicRegencyFigures: League }>(PUBLIC_LEAGUE, {
      period: PERIOD,
      scope: { districtCode: CLURING },
    });
    expect(open.errors).toBeUndefined();
    const officers = (await league(await officerOf(CLURING))).data!.villageLeague;
    expect(open.data!.publicRegencyFigures.total).toEqual({
      requests: officers.total.requests,
      ikm: officers.total.ikm,
    });
  });
});

describe('one village', () => {
  it('drills down into months, the completion-time distribution and services', async () => {
    const result = await services.request<{
      villageFigures: {
        months: { month: string; requests: number }[];
        distribution: { fromHours: number; toHours: number | null; count: number }[];
        services: { name: string; requests: number }[];
      };
    }>(FIGURES, { code: SEMBULUNG, period: PERIOD }, await staffOf(SEMBULUNG));
    expect(result.errors).toBeUndefined();
    const { months, distribution, services: perService } = result.data!.villageFigures;
    expect(months).toEqual([
      expect.objectContaining({ month: '2026-03', requests: 7 }),
      expect.objectContaining({ month: '2026-04', requests: 1 }),
    ]);
    // [0,1) 30, 45 | [1,2) 60 | [2,4) 120, 180 | [4,8) 240 | [8,16) 600 | [16,40) — | 40+ —
    expect(distribution.map((b) => b.count)).toEqual([2, 1, 2, 1, 1, 0, 0]);
    expect(distribution.at(-1)).toMatchObject({ fromHours: 40, toHours: null });
    expect(perService.map((s) => [s.name, s.requests])).toEqual([
      ['Surat Keterangan Usaha', 7],
      ['Surat Keterangan Tidak Mampu', 1],
    ]);
  });

  it('refuses an unknown village and a reversed period', async () => {
    const admin = await regencyAdmin();
    const unknown = await services.request(FIGURES, { code: '35.10.06.9999', period: PERIOD }, admin);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const reversed = await services.request(
      FIGURES,
      { code: SEMBULUNG, period: { from: PERIOD.to, to: PERIOD.from } },
      admin,
    );
    expect(reversed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
