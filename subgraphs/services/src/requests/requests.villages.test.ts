import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { signUserToken, type Membership } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { setPlacesDirectoryForTests } from '../clients/places.client.js';
import { StandInPlaces, testVillage } from '../clients/places.stand-in.js';
import type { ServicesEnv } from '../env.js';
import { Letter, Service, ServiceCategory, ServiceRequest, subgraph, VillageService } from '../index.js';

const SEMBULUNG = '35.10.06.2003';
const BENCULUK = '35.10.06.2005';
const KEMIREN = '35.10.15.2004';
const OFFLINE = '35.10.06.2001';
/** Monday–Friday 07:00–15:00 WIB: eight office hours a day. */
const EIGHT_HOUR_DAYS = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '07:00', closes: '15:00' }));
const places = new StandInPlaces(
  [
    testVillage(SEMBULUNG, 'Sembulung', { openingHours: EIGHT_HOUR_DAYS, letterCode: '429.501.01' }),
    testVillage(BENCULUK, 'Benculuk', {
      openingHours: EIGHT_HOUR_DAYS,
      letterCode: '429.506.05',
      head: { name: 'Slamet Riyadi', title: 'Kepala Desa' },
    }),
    testVillage(KEMIREN, 'Kemiren', { districtCode: '35.10.15', districtName: 'Glagah' }),
    testVillage(OFFLINE, 'Plampangrejo', { online: false }),
  ],
  ['2026-12-25'],
);

const uploads = mkdtempSync(path.join(tmpdir(), 'services-villages-'));
let services: SubgraphUnderTest<ServicesEnv>;
let sku: Service;
let notAdopted: Service;

const token = (memberships: Membership[], userId: string = randomUUID()) =>
  signUserToken(
    {
      userId,
      roles: memberships.length
        ? ['STAFF', ...(memberships.some((m) => m.role === 'REGENCY_ADMIN') ? (['ADMIN'] as const) : [])]
        : ['BUYER'],
      memberships,
    },
    { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' },
  );
const staffOf = (place: string) => token([{ role: 'VILLAGE_STAFF', place }]);
const citizen = (userId: string = randomUUID()) => token([], userId);

const SUBMIT = `mutation($slug: String!, $v: String, $a: [AnswerInput!]!) {
  submitServiceRequest(serviceSlug: $slug, answers: $a, villageCode: $v) { id villageCode fee slaHours submittedAt dueAt } }`;
const MOVE = `mutation($id: ID!, $to: ServiceRequestStatus!) {
  transitionServiceRequest(id: $id, to: $to) { status slaMet workingMinutesTaken letter { number } } }`;
const QUEUE = `query($v: String) { staffServiceRequests(villageCode: $v, first: 100) { totalCount edges { node { id } } } }`;
const ONE = `query($id: ID!) { serviceRequest(id: $id) { id villageCode } }`;
const DASHBOARD = `query($v: String) { servicesDashboard(villageCode: $v) { name byStatus { status count } } }`;
const VERIFY = `query($code: String!) { verifyLetter(code: $code) { villageCode villageName districtName number } }`;
const ANSWERS = [
  { key: 'nik', value: '3510014507900001' },
  { key: 'fullName', value: 'Budi Santoso' },
];

const sql = async <T>(text: string, params: unknown[] = []) =>
  (await services.orm.em.getConnection().execute(text, params)) as T[];
const counts = async () =>
  (
    await sql<{ requests: number; events: number; letters: number }>(
      `select (select count(*)::int from "services"."service_requests") as requests,
              (select count(*)::int from "services"."service_request_events") as events,
              (select count(*)::int from "services"."letters") as letters`,
    )
  )[0]!;

async function submitTo(villageCode: string, applicant = randomUUID()) {
  const result = await services.request<{ submitServiceRequest: { id: string; dueAt: string; submittedAt: string } }>(
    SUBMIT,
    { slug: 'sku', v: villageCode, a: ANSWERS },
    await citizen(applicant),
  );
  expect(result.errors).toBeUndefined();
  return result.data!.submitServiceRequest;
}

beforeAll(async () => {
  setPlacesDirectoryForTests(places);
  services = await startSubgraphForTest(subgraph, inject('databaseUrl'), { UPLOADS_DIR: uploads });
  const em = services.orm.em.fork();
  const category = em.create(ServiceCategory, { code: 'EKONOMI', name: 'Pemberdayaan Ekonomi', position: 2 });
  const base = { category, summary: '-', description: '-', office: 'Kantor Desa', isLetter: true };
  const form = [
    { key: 'nik', label: 'NIK', type: 'NIK' as const, required: true },
    { key: 'fullName', label: 'Nama', type: 'TEXT' as const, required: true },
  ];
  sku = em.create(Service, { ...base, slug: 'sku', name: 'Surat Keterangan Usaha', slaHours: 8, formFields: form });
  notAdopted = em.create(Service, { ...base, slug: 'skck', name: 'Pengantar SKCK', slaHours: 8, formFields: form });
  em.create(VillageService, { villageCode: SEMBULUNG, service: sku });
  em.create(VillageService, { villageCode: BENCULUK, service: sku, fee: 10_000, slaHours: 16 });
  em.create(VillageService, { villageCode: KEMIREN, service: sku });
  await em.flush();
});
afterAll(async () => {
  setPlacesDirectoryForTests(null);
  await services?.close();
});
afterEach(() => vi.useRealTimers());

describe('applying to a village office', () => {
  it('files the request with that village, its fee and promised time as they are now', async () => {
    const result = await services.request<{ submitServiceRequest: Record<string, unknown> }>(
      SUBMIT,
      { slug: 'sku', v: BENCULUK, a: ANSWERS },
      await citizen(),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.submitServiceRequest).toMatchObject({ villageCode: BENCULUK, fee: 10_000, slaHours: 16 });
    const row = await sql<{ village_code: string; fee: number; sla_hours: number }>(
      `select "village_code", "fee", "sla_hours" from "services"."service_requests" where "id" = ?`,
      [(result.data!.submitServiceRequest as { id: string }).id],
    );
    expect(row).toEqual([{ village_code: BENCULUK, fee: 10_000, sla_hours: 16 }]);
  });

  it('refuses an unknown village, one not online yet and a service it has not adopted: nothing written', async () => {
    const before = await counts();
    const attempt = async (v: string, slug = 'sku') =>
      (await services.request(SUBMIT, { slug, v, a: ANSWERS }, await citizen())).errors?.[0]?.extensions;
    expect(await attempt('35.10.06.2999')).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'villageCode' }],
    });
    expect(await attempt('Sembulung')).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'villageCode' }] });
    expect(await attempt(OFFLINE)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'villageCode', message: 'Desa ini belum melayani permohonan daring' }],
    });
    const skck = await attempt(SEMBULUNG, 'skck');
    expect(skck).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'serviceId' }] });
    expect(JSON.stringify(skck)).toContain(notAdopted.id);
    expect(await counts()).toEqual(before);
  });
});

describe('the promised time counts office hours of the village', () => {
  it('a request sent at 01:30 on a Saturday is due at Monday closing ("8 jam" = eight office hours)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-05T01:30:00+07:00'));
    const request = await submitTo(SEMBULUNG);
    expect(new Date(request.dueAt).toISOString()).toBe(new Date('2026-12-07T15:00:00+07:00').toISOString());
  });

  it('skips a public holiday and the weekend', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-24T14:00:00+07:00'));
    const request = await submitTo(SEMBULUNG);
    // Thursday 14–15 is one hour; Christmas (Friday) and the weekend are closed; seven more on Monday.
    expect(new Date(request.dueAt).toISOString()).toBe(new Date('2026-12-28T14:00:00+07:00').toISOString());
  });

  it('keeps the working minutes taken at completion and judges the SLA by the due time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-04T14:00:00+07:00'));
    const { id } = await submitTo(SEMBULUNG);
    const staff = await staffOf(SEMBULUNG);
    for (const to of ['VERIFIED', 'IN_PROCESS'])
      expect((await services.request(MOVE, { id, to }, staff)).errors).toBeUndefined();
    // Friday 14:00–15:00 and Monday 07:00–09:30: 210 working minutes, well inside the promise.
    vi.setSystemTime(new Date('2026-12-07T09:30:00+07:00'));
    const done = await services.request<{ transitionServiceRequest: Record<string, unknown> }>(
      MOVE,
      { id, to: 'COMPLETED' },
      await staffOf(SEMBULUNG),
    );
    expect(done.errors).toBeUndefined();
    expect(done.data?.transitionServiceRequest).toMatchObject({
      status: 'COMPLETED',
      slaMet: true,
      workingMinutesTaken: 210,
    });
  });
});

describe('staff work only their own villages', () => {
  it('staff of another village cannot list, read or process a request: NOT_FOUND and nothing written', async () => {
    const { id } = await submitTo(SEMBULUNG);
    const benculuk = await staffOf(BENCULUK);
    const queue = await services.request<{ staffServiceRequests: { edges: { node: { id: string } }[] } }>(
      QUEUE,
      {},
      benculuk,
    );
    expect(queue.data?.staffServiceRequests.edges.map((e) => e.node.id)).not.toContain(id);
    expect((await services.request(QUEUE, { v: SEMBULUNG }, benculuk)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await services.request<{ serviceRequest: unknown }>(ONE, { id }, benculuk)).data?.serviceRequest,
    ).toBeNull();
    const before = await counts();
    const moved = await services.request(MOVE, { id, to: 'VERIFIED' }, benculuk);
    expect(moved.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
    expect(await sql(`select "status" from "services"."service_requests" where "id" = ?`, [id])).toEqual([
      { status: 'SUBMITTED' },
    ]);
    const own = await services.request<{ staffServiceRequests: { edges: { node: { id: string } }[] } }>(
      QUEUE,
      {},
      await staffOf(SEMBULUNG),
    );
    expect(own.data?.staffServiceRequests.edges.map((e) => e.node.id)).toContain(id);
  });

  it('the district officer reads the requests of the district but does not process them', async () => {
    const { id } = await submitTo(SEMBULUNG);
    const cluring = await token([{ role: 'DISTRICT_OFFICER', place: '35.10.06' }]);
    const glagah = await token([{ role: 'DISTRICT_OFFICER', place: '35.10.15' }]);
    const queue = await services.request<{ staffServiceRequests: { edges: { node: { id: string } }[] } }>(
      QUEUE,
      {},
      cluring,
    );
    expect(queue.data?.staffServiceRequests.edges.map((e) => e.node.id)).toContain(id);
    expect((await services.request<{ serviceRequest: unknown }>(ONE, { id }, cluring)).data?.serviceRequest).toEqual({
      id,
      villageCode: SEMBULUNG,
    });
    expect((await services.request<{ serviceRequest: unknown }>(ONE, { id }, glagah)).data?.serviceRequest).toBeNull();
    expect((await services.request(MOVE, { id, to: 'VERIFIED' }, cluring)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await services.request(MOVE, { id, to: 'VERIFIED' }, glagah)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    const admin = await token([{ role: 'REGENCY_ADMIN', place: '35.10' }]);
    expect((await services.request(MOVE, { id, to: 'VERIFIED' }, admin)).errors).toBeUndefined();
  });

  it('the dashboard counts only the villages the viewer oversees', async () => {
    await submitTo(KEMIREN);
    const total = async (viewer: string, v?: string) => {
      const result = await services.request<{ servicesDashboard: { byStatus: { count: number }[] }[] }>(
        DASHBOARD,
        v ? { v } : {},
        viewer,
      );
      expect(result.errors).toBeUndefined();
      return result.data!.servicesDashboard.flatMap((s) => s.byStatus).reduce((sum, s) => sum + s.count, 0);
    };
    const byVillage = await sql<{ village_code: string; n: number }>(
      `select "village_code", count(*)::int as n from "services"."service_requests" group by 1`,
    );
    const n = (code: string) => byVillage.find((r) => r.village_code === code)?.n ?? 0;
    expect(await total(await staffOf(KEMIREN))).toBe(n(KEMIREN));
    expect(await total(await staffOf(SEMBULUNG))).toBe(n(SEMBULUNG));
    expect(await total(await token([{ role: 'DISTRICT_OFFICER', place: '35.10.06' }]))).toBe(
      n(SEMBULUNG) + n(BENCULUK),
    );
    const other = await services.request(DASHBOARD, { v: SEMBULUNG }, await staffOf(KEMIREN));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('letters per village', () => {
  it('numbers each village’s letters on its own sequence, under concurrent completions, with its letterhead', async () => {
    const perVillage = 6;
    const made: { id: string; village: string }[] = [];
    for (const village of [SEMBULUNG, BENCULUK])
      for (let i = 0; i < perVillage; i++) made.push({ id: (await submitTo(village)).id, village });
    const admin = await token([{ role: 'REGENCY_ADMIN', place: '35.10' }]);
    for (const { id } of made)
      for (const to of ['VERIFIED', 'IN_PROCESS'])
        expect((await services.request(MOVE, { id, to }, admin)).errors).toBeUndefined();
    const done = await Promise.all(
      made.map(async ({ id, village }) => {
        const viewer = await staffOf(village);
        const result = await services.request<{ transitionServiceRequest: { letter: { number: string } } }>(
          MOVE,
          { id, to: 'COMPLETED' },
          viewer,
        );
        expect(result.errors).toBeUndefined();
        return { village, number: result.data!.transitionServiceRequest.letter.number };
      }),
    );
    const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
    const numbersOf = (village: string, code: string) =>
      done
        .filter((d) => d.village === village)
        .map((d) => d.number)
        .sort()
        .map((number) => {
          expect(number).toMatch(new RegExp(`^470/\\d{4}/${code.replace(/\./g, '\\.')}/${year}$`));
          return Number(number.split('/')[1]);
        });
    const sembulung = numbersOf(SEMBULUNG, '429.501.01');
    const benculuk = numbersOf(BENCULUK, '429.506.05');
    // Sembulung completed one request earlier in this file (no letter numbers skipped or repeated).
    expect(new Set(sembulung).size).toBe(perVillage);
    expect(new Set(benculuk).size).toBe(perVillage);
    expect(benculuk).toEqual([1, 2, 3, 4, 5, 6]);
    expect(sembulung[perVillage - 1]! - sembulung[0]!).toBe(perVillage - 1);
    const sequences = await sql<{ village_code: string; last_number: number }>(
      `select "village_code", "last_number" from "services"."letter_sequences" where "year" = ? order by 1`,
      [year],
    );
    expect(sequences).toContainEqual({ village_code: BENCULUK, last_number: 6 });

    const letter = await services.orm.em
      .fork()
      .findOneOrFail(Letter, { villageCode: BENCULUK, number: `470/0001/429.506.05/${year}` });
    const pdf = readFileSync(path.join(uploads, 'services', letter.fileKey)).toString('latin1');
    expect(pdf).toContain('Desa Benculuk');
    const verified = await services.request<{ verifyLetter: unknown }>(VERIFY, { code: letter.verificationCode });
    expect(verified.data?.verifyLetter).toEqual({
      villageCode: BENCULUK,
      villageName: 'Benculuk',
      districtName: 'Cluring',
      number: letter.number,
    });
    // The PDF: its owner and the staff of the issuing village; not the staff of another village.
    const download = async (token: string) =>
      (
        await fetch(`${services.url.replace(/\/graphql$/, '')}/files/${letter.fileKey}`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).status;
    expect(await download(await staffOf(BENCULUK))).toBe(200);
    expect(await download(await token([{ role: 'DISTRICT_OFFICER', place: '35.10.06' }]))).toBe(200);
    expect(await download(await staffOf(SEMBULUNG))).toBe(404);
    expect(await download(await staffOf(KEMIREN))).toBe(404);
    const requestRows = await services.orm.em
      .fork()
      .find(ServiceRequest, { villageCode: BENCULUK, status: 'COMPLETED' });
    expect(requestRows.every((r) => r.workingMinutesTaken !== null)).toBe(true);
  });
});
