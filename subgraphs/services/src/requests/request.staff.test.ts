import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { ConflictError, Loaders, signUserToken, type Role } from '@kampung/shared';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ServicesContext, ServicesEnv } from '../env.js';
import { setPlacesDirectoryForTests } from '../clients/places.client.js';
import { ROUND_THE_CLOCK, StandInPlaces, testVillage } from '../clients/places.stand-in.js';
import {
  Letter,
  RequestService,
  Service,
  ServiceCategory,
  ServiceRequest,
  subgraph,
  VillageService,
} from '../index.js';

const SEMBULUNG = '35.10.06.2003';
const STAFF_OF_SEMBULUNG = [{ role: 'VILLAGE_STAFF' as const, place: SEMBULUNG }];
const places = new StandInPlaces([
  testVillage(SEMBULUNG, 'Sembulung', { openingHours: ROUND_THE_CLOCK, letterCode: '429.501.01' }),
]);

const uploads = mkdtempSync(path.join(tmpdir(), 'services-uploads-'));
let services: SubgraphUnderTest<ServicesEnv>;
const tokenFor = (userId: string, roles: Role[] = ['BUYER']) =>
  signUserToken(
    { userId, roles, ...(roles.includes('STAFF') ? { memberships: STAFF_OF_SEMBULUNG } : {}) },
    { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' },
  );
const MOVE =
  'mutation($id: ID!, $to: ServiceRequestStatus!, $note: String) { transitionServiceRequest(id: $id, to: $to, note: $note) { status slaMet } }';
const SUBMIT = 'mutation($a: [AnswerInput!]!) { submitServiceRequest(serviceSlug: "sku", answers: $a) { id status } }';
const ANSWERS = [
  { key: 'nik', value: '3510014507900001' },
  { key: 'fullName', value: 'Budi Santoso' },
  { key: 'address', value: '' },
];

beforeAll(async () => {
  setPlacesDirectoryForTests(places);
  services = await startSubgraphForTest(subgraph, inject('databaseUrl'), { UPLOADS_DIR: uploads });
  const em = services.orm.em.fork();
  const category = em.create(ServiceCategory, { code: 'EKONOMI', name: 'Pemberdayaan Ekonomi', position: 2 });
  const sku = em.create(Service, {
    category,
    slug: 'sku',
    name: 'Surat Keterangan Usaha',
    summary: '-',
    description: '-',
    office: 'Kantor Desa',
    slaHours: 8,
    isLetter: true,
    formFields: [
      { key: 'nik', label: 'NIK', type: 'NIK', required: true },
      { key: 'fullName', label: 'Nama', type: 'TEXT', required: true },
      { key: 'address', label: 'Alamat', type: 'TEXT', required: false },
    ],
  });
  em.create(VillageService, { villageCode: SEMBULUNG, service: sku });
  await em.flush();
});
afterAll(async () => {
  setPlacesDirectoryForTests(null);
  await services?.close();
});

describe('processing a request', () => {
  it('completes a letter request with a numbered letter and the SLA met', async () => {
    const citizen = randomUUID();
    const submitted = await services.request<{ submitServiceRequest: { id: string } }>(
      SUBMIT,
      { a: ANSWERS },
      await tokenFor(citizen),
    );
    expect(submitted.errors).toBeUndefined();
    const id = submitted.data!.submitServiceRequest.id;
    const staff = await tokenFor(randomUUID(), ['STAFF']);
    for (const to of ['VERIFIED', 'IN_PROCESS'])
      expect((await services.request(MOVE, { id, to }, staff)).errors).toBeUndefined();
    const done = await services.request<{ transitionServiceRequest: { status: string; slaMet: boolean } }>(
      MOVE,
      { id, to: 'COMPLETED' },
      staff,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data?.transitionServiceRequest).toEqual({ status: 'COMPLETED', slaMet: true });
    const letter = await services.orm.em.fork().findOneOrFail(Letter, { request: id });
    expect(letter.number).toMatch(/^470\/0001\/429\.501\.01\/\d{4}$/);
    expect(letter.applicantInitials).toBe('B. S.');
    expect(letter.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Stored below the UPLOADS_DIR this subgraph was started with, not one read later from process.env.
    expect(existsSync(path.join(uploads, 'services', letter.fileKey))).toBe(true);
  });

  it('refuses a citizen acting on a request', async () => {
    const request = await services.orm.em.fork().findOneOrFail(ServiceRequest, { status: 'COMPLETED' });
    const result = await services.request(
      MOVE,
      { id: request.id, to: 'REJECTED', note: 'x' },
      await tokenFor(request.applicantId),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('works without GraphQL: one service, its staff part refusing a step that does not follow', async () => {
    const request = await services.orm.em.fork().findOneOrFail(ServiceRequest, { status: 'COMPLETED' });
    const context: ServicesContext = {
      em: services.orm.em.fork(),
      viewer: { userId: randomUUID(), roles: ['STAFF'], memberships: STAFF_OF_SEMBULUNG },
      loaders: new Loaders(),
      logger: services.logger,
      requestId: 'test',
      env: services.env,
    };
    const error = await new RequestService(context).staff.transition(request.id, 'VERIFIED', null).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    const reread = await new RequestService(context).reading.one(request.id);
    expect(reread?.status).toBe('COMPLETED');
  });
});
