import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { signUserToken, type Membership } from '@kampung/shared';
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
  testVillage(SEMBULUNG, 'Sembulung', {
    openingHours: ROUND_THE_CLOCK,
    letterCode: '429.501.01',
    head: { name: 'Mohammad Arifin', title: 'Kepala Desa' },
    districtHead: { name: 'Drs. Hendro Wibowo', title: 'Camat' },
  }),
]);

let services: SubgraphUnderTest<ServicesEnv>;
const jwt = { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' };
const tokenOf = (memberships: Membership[] = [], userId = randomUUID()) =>
  signUserToken({ userId, roles: memberships.length ? ['STAFF'] : ['BUYER'], memberships }, jwt);

const SUBMIT =
  'mutation($a: [AnswerInput!]!) { submitServiceRequest(serviceSlug: "ahli-waris", answers: $a, villageCode: "35.10.06.2003") { id } }';
const MOVE = 'mutation($id: ID!, $to: ServiceRequestStatus!) { transitionServiceRequest(id: $id, to: $to) { status } }';
const COSIGN =
  'mutation($id: ID!, $approve: Boolean, $note: String) { cosignServiceRequest(id: $id, approve: $approve, note: $note) { status slaMet } }';
const QUEUE =
  'query($d: String) { cosignServiceRequests(districtCode: $d) { edges { node { id status village { code } } } } }';
const LETTER =
  'query($id: ID!) { serviceRequest(id: $id) { status letter { number signatories { name title office } } } }';

let staff: string;
let cluringOfficer: string;
let glagahOfficer: string;

const stateOf = async (id: string) => {
  const rows = await services.orm.em
    .getConnection()
    .execute<{ status: string; events: number; letters: number; outbox: number }[]>(
      `select r.status,
        (select count(*)::int from services.service_request_events e where e.request_id = r.id) as events,
        (select count(*)::int from services.letters l where l.request_id = r.id) as letters,
        (select count(*)::int from services.notification_outbox o where o.data->>'trackingCode' = r.tracking_code) as outbox
       from services.service_requests r where r.id = ?`,
      [id],
    );
  return rows[0]!;
};

beforeAll(async () => {
  setPlacesDirectoryForTests(places);
  services = await startSubgraphForTest(subgraph, inject('databaseUrl'), {
    UPLOADS_DIR: mkdtempSync(path.join(tmpdir(), 'services-cosign-')),
  });
  const em = services.orm.em.fork();
  const category = em.create(ServiceCategory, { code: 'KEPENDUDUKAN', name: 'Kependudukan', position: 1 });
  const service = em.create(Service, {
    category,
    slug: 'ahli-waris',
    name: 'Surat Keterangan Ahli Waris',
    summary: '-',
    description: '-',
    office: 'Kantor Desa',
    slaHours: 40,
    isLetter: true,
    needsDistrictCosign: true,
    formFields: [
      { key: 'nik', label: 'NIK', type: 'NIK', required: true },
      { key: 'fullName', label: 'Nama', type: 'TEXT', required: true },
    ],
  });
  em.create(VillageService, { villageCode: SEMBULUNG, service });
  await em.flush();
  staff = await tokenOf([{ role: 'VILLAGE_STAFF', place: SEMBULUNG }]);
  cluringOfficer = await tokenOf([{ role: 'DISTRICT_OFFICER', place: '35.10.06' }]);
  glagahOfficer = await tokenOf([{ role: 'DISTRICT_OFFICER', place: '35.10.15' }]);
});
afterAll(async () => {
  setPlacesDirectoryForTests(null);
  await services?.close();
});

describe('co-signature by the camat', () => {
  it('the village sends it to the camat; only the camat of its district co-signs; the letter carries both', async () => {
    const citizenId = randomUUID();
    const citizen = await tokenOf([], citizenId);
    const submitted = await services.request<{ submitServiceRequest: { id: string } }>(
      SUBMIT,
      {
        a: [
          { key: 'nik', value: '3510014507900001' },
          { key: 'fullName', value: 'Siti Aminah' },
        ],
      },
      citizen,
    );
    expect(submitted.errors).toBeUndefined();
    const id = submitted.data!.submitServiceRequest.id;
    for (const to of ['VERIFIED', 'IN_PROCESS'])
      expect((await services.request(MOVE, { id, to }, staff)).errors).toBeUndefined();

    // The village cannot complete it alone.
    const alone = await services.request(MOVE, { id, to: 'COMPLETED' }, staff);
    expect(alone.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(alone.errors?.[0]?.message).toMatch(/camat/);
    expect((await services.request(MOVE, { id, to: 'AWAITING_COSIGN' }, staff)).errors).toBeUndefined();

    // The camat's queue: Cluring's officer sees it, Glagah's does not and may not ask for Cluring.
    const queue = await services.request<{ cosignServiceRequests: { edges: { node: { id: string } }[] } }>(
      QUEUE,
      {},
      cluringOfficer,
    );
    expect(queue.data?.cosignServiceRequests.edges.map((e) => e.node)).toEqual([
      { id, status: 'AWAITING_COSIGN', village: { code: SEMBULUNG } },
    ]);
    const other = await services.request<{ cosignServiceRequests: { edges: unknown[] } }>(QUEUE, {}, glagahOfficer);
    expect(other.data?.cosignServiceRequests.edges).toEqual([]);
    const foreign = await services.request(QUEUE, { d: '35.10.06' }, glagahOfficer);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byStaff = await services.request(QUEUE, {}, staff);
    expect(byStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Refusals write nothing: the village's own staff FORBIDDEN, another district's camat NOT_FOUND,
    // a return without a reason BAD_USER_INPUT on note.
    const before = await stateOf(id);
    expect((await services.request(COSIGN, { id }, staff)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await services.request(COSIGN, { id }, glagahOfficer)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await services.request(COSIGN, { id }, citizen)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const noReason = await services.request(COSIGN, { id, approve: false }, cluringOfficer);
    expect(noReason.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'note' })]);
    expect(await stateOf(id)).toEqual(before);

    // Returned to the village with a reason, sent again, then co-signed.
    const returned = await services.request<{ cosignServiceRequest: { status: string } }>(
      COSIGN,
      { id, approve: false, note: 'Lampirkan surat kematian pewaris' },
      cluringOfficer,
    );
    expect(returned.data?.cosignServiceRequest.status).toBe('IN_PROCESS');
    expect((await services.request(MOVE, { id, to: 'AWAITING_COSIGN' }, staff)).errors).toBeUndefined();
    const signed = await services.request<{ cosignServiceRequest: { status: string; slaMet: boolean } }>(
      COSIGN,
      { id },
      cluringOfficer,
    );
    expect(signed.errors).toBeUndefined();
    expect(signed.data?.cosignServiceRequest).toEqual({ status: 'COMPLETED', slaMet: true });
    const again = await services.request(COSIGN, { id }, cluringOfficer);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const letter = await services.request<{ serviceRequest: { letter: { number: string; signatories: unknown } } }>(
      LETTER,
      { id },
      citizen,
    );
    expect(letter.data?.serviceRequest.letter.number).toMatch(/^470\/\d{4}\/429\.501\.01\/\d{4}$/);
    expect(letter.data?.serviceRequest.letter.signatories).toEqual([
      { name: 'Mohammad Arifin', title: 'Kepala Desa', office: 'Sembulung' },
      { name: 'Drs. Hendro Wibowo', title: 'Camat', office: 'Cluring' },
    ]);
    // The applicant hears of the completion once; waiting for the camat is silent.
    const after = await stateOf(id);
    expect(after).toMatchObject({ status: 'COMPLETED', letters: 1 });
    const types = await services.orm.em
      .getConnection()
      .execute<{ type: string }[]>(
        `select o.type from services.notification_outbox o join services.service_requests r on o.data->>'trackingCode' = r.tracking_code where r.id = ? order by o.type`,
        [id],
      );
    expect(types.map((t) => t.type).filter((t) => t === 'request.completed')).toHaveLength(1);
  });

  it('the regency admin may co-sign anywhere; a service without the flag cannot wait for the camat', async () => {
    const admin = await tokenOf([{ role: 'REGENCY_ADMIN', place: '35.10' }]);
    const queue = await services.request<{ cosignServiceRequests: { edges: unknown[] } }>(QUEUE, {}, admin);
    expect(queue.errors).toBeUndefined();
    const em = services.orm.em.fork();
    const service = await em.findOneOrFail(Service, { slug: 'ahli-waris' });
    service.needsDistrictCosign = false;
    await em.flush();
    try {
      const citizen = await tokenOf();
      const submitted = await services.request<{ submitServiceRequest: { id: string } }>(
        SUBMIT,
        {
          a: [
            { key: 'nik', value: '3510014507900002' },
            { key: 'fullName', value: 'Ahmad' },
          ],
        },
        citizen,
      );
      const id = submitted.data!.submitServiceRequest.id;
      for (const to of ['VERIFIED', 'IN_PROCESS'])
        expect((await services.request(MOVE, { id, to }, staff)).errors).toBeUndefined();
      const wait = await services.request(MOVE, { id, to: 'AWAITING_COSIGN' }, staff);
      expect(wait.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const done = await services.request<{ transitionServiceRequest: { status: string } }>(
        MOVE,
        { id, to: 'COMPLETED' },
        staff,
      );
      expect(done.data?.transitionServiceRequest.status).toBe('COMPLETED');
      const letter = await services.request<{ serviceRequest: { letter: { signatories: unknown[] } } }>(
        LETTER,
        { id },
        citizen,
      );
      expect(letter.data?.serviceRequest.letter.signatories).toEqual([
        { name: 'Mohammad Arifin', title: 'Kepala Desa', office: 'Sembulung' },
      ]);
    } finally {
      service.needsDistrictCosign = true;
      await em.flush();
    }
  });
});
