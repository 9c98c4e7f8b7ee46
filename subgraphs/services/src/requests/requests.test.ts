import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { isUniqueViolationOf, NotFoundError, signUserToken, UserInputError, type Role } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { setPlacesDirectoryForTests } from '../clients/places.client.js';
import { ROUND_THE_CLOCK, StandInPlaces, testVillage } from '../clients/places.stand-in.js';
import {
  Service,
  ServiceCategory,
  ServiceRequest,
  ServiceRequestEvent,
  RequestService,
  subgraph,
  VillageService,
  type SubmitRequestInput,
} from '../index.js';

const SEMBULUNG = '35.10.06.2003';
// Open round the clock: the promised hours here equal wall-clock hours (the office clock has its own tests).
const places = new StandInPlaces([testVillage(SEMBULUNG, 'Sembulung', { openingHours: ROUND_THE_CLOCK })]);

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; trackingCode: string } }[];
};

const MY_REQUESTS =
  'query($first: Int, $after: String) { myServiceRequests(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id trackingCode } } } }';
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on ServiceRequest { id status service { slug } applicant { id } }
  ... on User { serviceRequests { totalCount } } } }`;

let services: SubgraphUnderTest<never>;
let sktm: Service;
let closed: Service;

const tokenFor = (userId: string, roles: Role[] = ['BUYER']) =>
  signUserToken(
    {
      userId,
      roles,
      ...(roles.includes('STAFF') ? { memberships: [{ role: 'VILLAGE_STAFF' as const, place: SEMBULUNG }] } : {}),
    },
    { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' },
  );

const ANSWERS = {
  nik: '3510014507900001',
  familyCard: '3510010101900002',
  purpose: 'Sekolah',
  birthDate: '1990-07-05',
};
const submit = (applicantId: string, input: Partial<SubmitRequestInput> = {}) =>
  RequestService.createForSeed(
    services.orm.em.fork(),
    {
      serviceId: sktm.id,
      applicantId,
      villageCode: SEMBULUNG,
      answers: ANSWERS,
      ...input,
    },
    places,
  );

beforeAll(async () => {
  setPlacesDirectoryForTests(places);
  services = (await startSubgraphForTest(subgraph, inject('databaseUrl'))) as never;
  const em = services.orm.em.fork();
  const category = em.create(ServiceCategory, {
    code: 'PELAYANAN_PUBLIK',
    name: 'Pelayanan Publik Terintegrasi',
    position: 1,
  });
  const base = { category, summary: '-', description: '-', office: 'Kantor Desa Kemiren', isLetter: true };
  sktm = em.create(Service, {
    ...base,
    slug: 'sktm',
    name: 'Surat Keterangan Tidak Mampu',
    slaHours: 6,
    formFields: [
      { key: 'nik', label: 'NIK', type: 'NIK', required: true },
      { key: 'familyCard', label: 'Nomor KK', type: 'KK', required: true },
      { key: 'purpose', label: 'Keperluan', type: 'CHOICE', required: true, options: ['Sekolah', 'Rumah sakit'] },
      { key: 'birthDate', label: 'Tanggal lahir', type: 'DATE', required: false },
    ],
  });
  closed = em.create(Service, { ...base, slug: 'ahli-waris', name: 'Surat Keterangan Ahli Waris', slaHours: 168 });
  for (const service of [sktm, closed]) em.create(VillageService, { villageCode: SEMBULUNG, service });
  await em.flush();
});
afterAll(async () => {
  setPlacesDirectoryForTests(null);
  await services?.close();
});

describe('submitting a request (seed)', () => {
  it('keeps the form, sets the due time from the promised hours and records the first step', async () => {
    const applicantId = randomUUID();
    const request = await submit(applicantId);
    expect(request).toMatchObject({ villageCode: SEMBULUNG, fee: 0, slaHours: 6 });
    expect(request.trackingCode).toMatch(/^LYN-[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(request.dueAt.getTime() - request.submittedAt.getTime()).toBe(6 * 3_600_000);
    expect(request.formSnapshot.map((f) => f.key)).toEqual(['nik', 'familyCard', 'purpose', 'birthDate']);
    const events = await services.orm.em.fork().find(ServiceRequestEvent, { request: request.id });
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.actorId])).toEqual([[null, 'SUBMITTED', applicantId]]);
  });

  it('checks the answers against the form', async () => {
    const attempt = (answers: Record<string, unknown>) =>
      submit(randomUUID(), { answers }).then(
        () => expect.fail('answers were accepted'),
        (e: unknown) => e as UserInputError,
      );
    const missing = await attempt({ familyCard: ANSWERS.familyCard, purpose: 'Sekolah' });
    expect(missing.fields).toEqual([{ field: 'answers.nik', message: 'Wajib diisi', messageEn: 'Required' }]);
    const short = await attempt({ ...ANSWERS, nik: '35100145' });
    expect(short.fields[0]).toMatchObject({ field: 'answers.nik', messageEn: 'NIK must be 16 digits' });
    const unknown = await attempt({ ...ANSWERS, motherName: 'Sumiati' });
    expect(unknown.fields[0]).toMatchObject({ field: 'answers', messageEn: 'Unknown fields: motherName' });
    const badChoice = await attempt({ ...ANSWERS, purpose: 'Liburan' });
    expect(badChoice.fields[0]?.field).toBe('answers.purpose');
  });

  it('names the constraint a tracking-code collision hits, so that submitting draws a new code', async () => {
    const first = await submit(randomUUID());
    const em = services.orm.em.fork();
    const service = await em.findOneOrFail(Service, { id: sktm.id });
    const at = new Date();
    em.create(ServiceRequest, {
      trackingCode: first.trackingCode,
      service,
      serviceVersion: 1,
      applicantId: randomUUID(),
      villageCode: SEMBULUNG,
      fee: 0,
      slaHours: 1,
      status: 'SUBMITTED',
      formSnapshot: [],
      answers: {},
      submittedAt: at,
      dueAt: new Date(at.getTime() + 3_600_000),
    });
    const error = await em.flush().catch((e: unknown) => e);
    expect(isUniqueViolationOf(error, 'service_requests_tracking_code_unique')).toBe(true);
  });

  it('refuses a service that is not offered', async () => {
    const em = services.orm.em.fork();
    await em.nativeUpdate(Service, { id: closed.id }, { active: false });
    const error = await submit(randomUUID(), { serviceId: closed.id, answers: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
  });
});

describe('who may see a request', () => {
  it('shows each citizen only their own requests', async () => {
    const siti = randomUUID();
    const budi = randomUUID();
    const own = [await submit(siti), await submit(siti)];
    const other = await submit(budi);
    const result = await services.request<{ myServiceRequests: Page }>(MY_REQUESTS, {}, await tokenFor(siti));
    expect(result.data?.myServiceRequests.totalCount).toBe(2);
    expect(result.data?.myServiceRequests.edges.map((e) => e.node.id).sort()).toEqual(own.map((r) => r.id).sort());
    const budis = await services.request<{ myServiceRequests: Page }>(MY_REQUESTS, {}, await tokenFor(budi));
    expect(budis.data?.myServiceRequests.edges.map((e) => e.node.id)).toEqual([other.id]);
  });

  it('asks an anonymous caller to sign in', async () => {
    const result = await services.request(MY_REQUESTS);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('has no raw answers field: answers are listed field by field, with a selection', async () => {
    const result = await services.request(
      '{ myServiceRequests { edges { node { answers } } } }',
      {},
      await tokenFor(randomUUID()),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('resolves a ServiceRequest reference for its applicant and staff only', async () => {
    const applicant = randomUUID();
    const request = await submit(applicant);
    const r = [{ __typename: 'ServiceRequest', id: request.id }];
    const stranger = await services.request<{ _entities: unknown[] }>(ENTITIES, { r }, await tokenFor(randomUUID()));
    expect(stranger.data?._entities).toEqual([null]);
    const expected = { id: request.id, status: 'SUBMITTED', service: { slug: 'sktm' }, applicant: { id: applicant } };
    const own = await services.request<{ _entities: unknown[] }>(ENTITIES, { r }, await tokenFor(applicant));
    expect(own.data?._entities).toEqual([expected]);
    const staff = await services.request<{ _entities: unknown[] }>(
      ENTITIES,
      { r },
      await tokenFor(randomUUID(), ['STAFF']),
    );
    expect(staff.data?._entities).toEqual([expected]);
  });

  it('forbids User.serviceRequests for another user', async () => {
    const applicant = randomUUID();
    await submit(applicant);
    const r = [{ __typename: 'User', id: applicant }];
    const stranger = await services.request(ENTITIES, { r }, await tokenFor(randomUUID()));
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await services.request<{ _entities: { serviceRequests: { totalCount: number } }[] }>(
      ENTITIES,
      { r },
      await tokenFor(applicant),
    );
    expect(own.data?._entities[0]?.serviceRequests.totalCount).toBe(1);
  });
});

describe('paging through requests', () => {
  it('walks every request once, newest first, also across equal timestamps', async () => {
    const applicant = randomUUID();
    const made: ServiceRequest[] = [];
    for (let i = 0; i < 5; i++) made.push(await submit(applicant));
    const at = new Date('2026-12-01T01:00:00.000Z');
    await services.orm.em
      .fork()
      .nativeUpdate(ServiceRequest, { id: { $in: made.slice(0, 3).map((r) => r.id) } }, { submittedAt: at });

    const token = await tokenFor(applicant);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const result: { data?: { myServiceRequests: Page } } = await services.request<{ myServiceRequests: Page }>(
        MY_REQUESTS,
        { first: 2, after },
        token,
      );
      seen.push(...result.data!.myServiceRequests.edges.map((e) => e.node.id));
      after = result.data!.myServiceRequests.pageInfo.hasNextPage
        ? result.data!.myServiceRequests.pageInfo.endCursor
        : null;
    } while (after);
    const expected = await services.orm.em
      .fork()
      .find(ServiceRequest, { applicantId: applicant }, { orderBy: { submittedAt: 'desc', id: 'desc' } });
    expect(seen).toEqual(expected.map((r) => r.id));
  });
});
