import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { NotificationOutbox, notificationEventId, signUserToken, type Role } from '@kampung/shared';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ServicesEnv } from '../env.js';
import { setPlacesDirectoryForTests } from '../clients/places.client.js';
import { ROUND_THE_CLOCK, StandInPlaces, testVillage } from '../clients/places.stand-in.js';
import { Service, ServiceCategory, subgraph, VillageService } from '../index.js';

const SEMBULUNG = '35.10.06.2003';
const places = new StandInPlaces([
  testVillage(SEMBULUNG, 'Sembulung', { openingHours: ROUND_THE_CLOCK, letterCode: '429.501.01' }),
]);
const SLUG = 'sku-notif';
let services: SubgraphUnderTest<ServicesEnv>;
const tokenFor = (userId: string, roles: Role[] = ['BUYER']) =>
  signUserToken(
    {
      userId,
      roles,
      ...(roles.includes('STAFF') ? { memberships: [{ role: 'VILLAGE_STAFF' as const, place: SEMBULUNG }] } : {}),
    },
    { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' },
  );
const MOVE =
  'mutation($id: ID!, $to: ServiceRequestStatus!, $note: String) { transitionServiceRequest(id: $id, to: $to, note: $note) { status } }';
const SUBMIT = `mutation($a: [AnswerInput!]!) { submitServiceRequest(serviceSlug: "${SLUG}", answers: $a) { id status trackingCode } }`;
const RESUBMIT = 'mutation($id: ID!, $a: [AnswerInput!]!) { resubmitServiceRequest(id: $id, answers: $a) { status } }';
const ANSWERS = [
  { key: 'nik', value: '3510014507900001' },
  { key: 'fullName', value: 'Budi Santoso' },
];

const eventsFor = (userId: string) =>
  services.orm.em
    .fork()
    .find(NotificationOutbox, { recipientUserId: userId }, { orderBy: { occurredAt: 'asc', type: 'asc' } });

beforeAll(async () => {
  setPlacesDirectoryForTests(places);
  services = await startSubgraphForTest(subgraph, inject('databaseUrl'), {
    UPLOADS_DIR: mkdtempSync(path.join(tmpdir(), 'services-uploads-')),
    // Nobody listens: the relay leaves the events in the outbox for the test to read.
    NOTIFICATIONS_URL: 'http://127.0.0.1:1/graphql',
    LOG_LEVEL: 'fatal',
  });
  const em = services.orm.em.fork();
  const category = em.create(ServiceCategory, { code: 'NOTIF', name: 'Uji Notifikasi', position: 9 });
  const service = em.create(Service, {
    category,
    slug: SLUG,
    name: 'Surat Keterangan Usaha',
    summary: '-',
    description: '-',
    office: 'Kantor Desa',
    slaHours: 8,
    isLetter: true,
    formFields: [
      { key: 'nik', label: 'NIK', type: 'NIK', required: true },
      { key: 'fullName', label: 'Nama', type: 'TEXT', required: true },
    ],
  });
  em.create(VillageService, { villageCode: SEMBULUNG, service });
  await em.flush();
});
afterAll(async () => {
  setPlacesDirectoryForTests(null);
  await services?.close();
});

describe('citizen notifications from services (decision 028)', () => {
  it('tells the applicant each step once, with what is missing, the tracking code and the letter link', async () => {
    const citizen = randomUUID();
    const submitted = await services.request<{ submitServiceRequest: { id: string; trackingCode: string } }>(
      SUBMIT,
      { a: ANSWERS },
      await tokenFor(citizen),
    );
    expect(submitted.errors).toBeUndefined();
    const { id, trackingCode } = submitted.data!.submitServiceRequest;
    const staff = await tokenFor(randomUUID(), ['STAFF']);
    expect(
      (await services.request(MOVE, { id, to: 'INCOMPLETE', note: 'Foto KTP buram' }, staff)).errors,
    ).toBeUndefined();
    // A step that does not follow is refused and writes nothing.
    expect((await services.request(MOVE, { id, to: 'COMPLETED' }, staff)).errors?.[0]?.extensions?.code).toBe(
      'CONFLICT',
    );
    expect((await services.request(RESUBMIT, { id, a: ANSWERS }, await tokenFor(citizen))).errors).toBeUndefined();
    for (const to of ['VERIFIED', 'IN_PROCESS', 'COMPLETED'])
      expect((await services.request(MOVE, { id, to }, staff)).errors).toBeUndefined();

    const events = await eventsFor(citizen);
    expect(events.map((e) => e.type)).toEqual([
      'request.received',
      'request.needs_documents',
      'request.verified',
      'request.completed',
      'request.survey_invitation',
    ]);
    expect(events.every((e) => e.link === `/akun/permohonan/${id}`)).toBe(true);
    expect(events[0]!.data).toMatchObject({ trackingCode, serviceName: 'Surat Keterangan Usaha' });
    expect(events[1]!.data).toMatchObject({ missing: 'Foto KTP buram' });
    expect(events[3]!.data).toMatchObject({ letterLink: `/akun/permohonan/${id}` });
    // Once-only steps carry an id derived from the request, the same on any retry.
    expect(events[3]!.id).toBe(notificationEventId(id, 'request.completed'));
  });

  it('tells the reason of a rejection', async () => {
    const citizen = randomUUID();
    const submitted = await services.request<{ submitServiceRequest: { id: string } }>(
      SUBMIT,
      { a: ANSWERS },
      await tokenFor(citizen),
    );
    const id = submitted.data!.submitServiceRequest.id;
    await services.request(
      MOVE,
      { id, to: 'REJECTED', note: 'Bukan warga desa' },
      await tokenFor(randomUUID(), ['STAFF']),
    );
    const events = await eventsFor(citizen);
    expect(events.map((e) => [e.type, e.data.reason ?? null])).toEqual([
      ['request.received', null],
      ['request.rejected', 'Bukan warga desa'],
    ]);
  });

  it("tells a complaint's author each answer", async () => {
    const citizen = randomUUID();
    const filed = await services.request<{ fileComplaint: { id: string } }>(
      'mutation($i: ComplaintInput!) { fileComplaint(input: $i) { id } }',
      { i: { subject: 'Lampu jalan mati', body: 'Lampu di RT 02 mati sejak seminggu.', villageCode: SEMBULUNG } },
      await tokenFor(citizen),
    );
    expect(filed.errors).toBeUndefined();
    expect(await eventsFor(citizen)).toEqual([]);
    const answered = await services.request(
      'mutation($id: ID!) { respondToComplaint(id: $id, response: "Sudah kami laporkan ke PLN.", resolve: true) { status } }',
      { id: filed.data!.fileComplaint.id },
      await tokenFor(randomUUID(), ['STAFF']),
    );
    expect(answered.errors).toBeUndefined();
    const events = await eventsFor(citizen);
    expect(events.map((e) => [e.type, e.link, e.data.status])).toEqual([
      ['complaint.answered', '/pengaduan', 'RESOLVED'],
    ]);
  });
});
