import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import {
  createJobPool,
  expandFanoutOnce,
  NotificationFanout,
  notificationEventId,
  signUserToken,
  type Membership,
  type Role,
} from '@kampung/shared';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { setPlacesDirectoryForTests } from '../clients/places.client.js';
import { ROUND_THE_CLOCK, StandInPlaces, testVillage } from '../clients/places.stand-in.js';
import type { ServicesEnv } from '../env.js';
import { Complaint, Service, ServiceCategory, subgraph, VillageService } from '../index.js';
import { checkStaffAlerts, districtOfficer, villageStaff } from './staff-alerts.js';

const VILLAGE = '35.10.06.2011';
const places = new StandInPlaces([testVillage(VILLAGE, 'Uji Eskalasi', { openingHours: ROUND_THE_CLOCK })]);
const SLUG = 'sku-eskalasi';
const HOUR = 3_600_000;
let services: SubgraphUnderTest<ServicesEnv>;
let pool: ReturnType<typeof createJobPool>;

const token = (roles: Role[], memberships: Membership[] = []) =>
  signUserToken(
    { userId: randomUUID(), roles, memberships },
    { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' },
  );
const regencyAdmin = () => token(['BUYER', 'STAFF', 'ADMIN'], [{ role: 'REGENCY_ADMIN', place: '35.10' }]);
const SET =
  'mutation($input: EscalationThresholdsInput!) { setEscalationThresholds(input: $input) { unansweredHours escalateAfterHours } }';

const fanoutOf = (subjectId: string, step: string) =>
  services.orm.em.fork().findOne(NotificationFanout, { id: notificationEventId(subjectId, step) });
const check = (now: Date) => checkStaffAlerts(pool, places, now);

beforeAll(async () => {
  setPlacesDirectoryForTests(places);
  services = await startSubgraphForTest(subgraph, inject('databaseUrl'), {
    UPLOADS_DIR: mkdtempSync(path.join(tmpdir(), 'services-uploads-')),
    NOTIFICATIONS_URL: 'http://127.0.0.1:1/graphql',
    ACCOUNTS_URL: 'http://127.0.0.1:1/graphql',
    // The test runs the check itself, at the times it chooses.
    JOB_INTERVAL_MS: '3600000',
    LOG_LEVEL: 'fatal',
  });
  pool = createJobPool(services.env.DATABASE_URL, 'staff-alerts-test', services.logger);
  const em = services.orm.em.fork();
  const category = em.create(ServiceCategory, { code: 'ESK', name: 'Uji Eskalasi', position: 9 });
  const service = em.create(Service, {
    category,
    slug: SLUG,
    name: 'Surat Keterangan Domisili',
    summary: '-',
    description: '-',
    office: 'Kantor Desa',
    slaHours: 8,
    isLetter: true,
    formFields: [{ key: 'fullName', label: 'Nama', type: 'TEXT', required: true }],
  });
  em.create(VillageService, { villageCode: VILLAGE, service });
  await em.flush();
});
afterAll(async () => {
  setPlacesDirectoryForTests(null);
  await pool?.end();
  await services?.close();
});

describe('staff reminders (decision 031)', () => {
  it('a new request reaches the village staff once; at 75 % of its promised hours they are reminded once', async () => {
    const submitted = await services.request<{ submitServiceRequest: { id: string; trackingCode: string } }>(
      `mutation($a: [AnswerInput!]!) { submitServiceRequest(serviceSlug: "${SLUG}", villageCode: "${VILLAGE}", answers: $a) { id trackingCode } }`,
      { a: [{ key: 'fullName', value: 'Budi Santoso' }] },
      await token(['BUYER']),
    );
    expect(submitted.errors).toBeUndefined();
    const { id, trackingCode } = submitted.data!.submitServiceRequest;
    const start = new Date();

    expect(await check(new Date(start.getTime() + HOUR))).toBeGreaterThanOrEqual(1);
    expect(await fanoutOf(id, 'staff.new_request')).toMatchObject({
      type: 'staff.new_request',
      audience: villageStaff(VILLAGE),
      link: `/staf/permohonan/${id}`,
      data: { trackingCode, serviceName: 'Surat Keterangan Domisili', villageName: 'Uji Eskalasi' },
      expandedAt: null,
    });
    // 1 of 8 promised hours: not due soon yet.
    expect(await fanoutOf(id, 'staff.request_due_soon')).toBeNull();

    await check(new Date(start.getTime() + 6.5 * HOUR));
    expect(await fanoutOf(id, 'staff.request_due_soon')).toMatchObject({
      audience: villageStaff(VILLAGE),
      data: { trackingCode },
    });
    // Checked again and again: nothing more.
    const before = await services.orm.em.fork().count(NotificationFanout, { link: `/staf/permohonan/${id}` });
    await check(new Date(start.getTime() + 7 * HOUR));
    await check(new Date(start.getTime() + 7 * HOUR));
    expect(await services.orm.em.fork().count(NotificationFanout, { link: `/staf/permohonan/${id}` })).toBe(before);
    expect(before).toBe(2);
  });

  it('an unanswered complaint reminds staff after N working hours and reaches the district officer after N + M; an answered one does not', async () => {
    const em = services.orm.em.fork();
    const filedAt = new Date();
    const waiting = em.create(Complaint, {
      authorId: randomUUID(),
      villageCode: VILLAGE,
      subject: 'Jalan berlubang',
      body: 'Jalan desa berlubang di depan sekolah.',
      createdAt: filedAt,
    });
    const answered = em.create(Complaint, {
      authorId: randomUUID(),
      villageCode: VILLAGE,
      subject: 'Sampah',
      body: 'Sampah belum diangkut.',
      status: 'IN_PROGRESS',
      response: 'Sudah dijadwalkan',
      respondedAt: filedAt,
      createdAt: filedAt,
    });
    await em.flush();

    await check(new Date(filedAt.getTime() + 7 * HOUR));
    expect(await fanoutOf(waiting.id, 'staff.complaint_unanswered')).toBeNull();
    await check(new Date(filedAt.getTime() + 9 * HOUR));
    expect(await fanoutOf(waiting.id, 'staff.complaint_unanswered')).toMatchObject({
      audience: villageStaff(VILLAGE),
      link: '/staf/pengaduan',
      data: { complaintCode: `#${waiting.id.slice(0, 8).toUpperCase()}`, workingHours: 8 },
    });
    expect(await fanoutOf(waiting.id, 'staff.complaint_escalated')).toBeNull();
    await check(new Date(filedAt.getTime() + 25 * HOUR));
    expect(await fanoutOf(waiting.id, 'staff.complaint_escalated')).toMatchObject({
      audience: districtOfficer(VILLAGE),
      data: { villageName: 'Uji Eskalasi', workingHours: 24 },
    });
    expect(districtOfficer(VILLAGE)).toBe('place:35.10.06:DISTRICT_OFFICER');
    expect(await fanoutOf(answered.id, 'staff.complaint_unanswered')).toBeNull();
    expect(await fanoutOf(answered.id, 'staff.complaint_escalated')).toBeNull();
  });

  it('the regency admin sets the thresholds; bad values and other people are refused; the check uses them', async () => {
    const staff = await token(['BUYER', 'STAFF'], [{ role: 'VILLAGE_STAFF', place: VILLAGE }]);
    expect(
      (await services.request(SET, { input: { unansweredHours: 1, escalateAfterHours: 1 } }, staff)).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await services.request(SET, { input: { unansweredHours: 1, escalateAfterHours: 1 } })).errors?.[0]?.extensions
        ?.code,
    ).toBe('UNAUTHENTICATED');
    const admin = await regencyAdmin();
    const bad = await services.request(SET, { input: { unansweredHours: -2, escalateAfterHours: 500 } }, admin);
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'unansweredHours' }, { field: 'escalateAfterHours' }],
    });
    const read = '{ escalationThresholds { unansweredHours escalateAfterHours updatedAt } }';
    expect((await services.request(read, {}, staff)).data).toMatchObject({
      escalationThresholds: { unansweredHours: 8, escalateAfterHours: 16 },
    });

    const set = await services.request(SET, { input: { unansweredHours: 2, escalateAfterHours: 1 } }, admin);
    expect(set.data).toEqual({ setEscalationThresholds: { unansweredHours: 2, escalateAfterHours: 1 } });
    const em = services.orm.em.fork();
    const filedAt = new Date();
    const complaint = em.create(Complaint, {
      authorId: randomUUID(),
      villageCode: VILLAGE,
      subject: 'Air PDAM',
      body: 'Air mati.',
      createdAt: filedAt,
    });
    await em.flush();
    await check(new Date(filedAt.getTime() + 3.5 * HOUR));
    expect(await fanoutOf(complaint.id, 'staff.complaint_escalated')).toMatchObject({ data: { workingHours: 3 } });
    await services.request(SET, { input: { unansweredHours: 8, escalateAfterHours: 16 } }, admin);
  });

  it('a group event becomes one outbox row per member, once; an unreachable directory leaves it waiting', async () => {
    const em = services.orm.em.fork();
    const fanout = em.create(NotificationFanout, {
      id: randomUUID(),
      type: 'staff.new_request',
      audience: 'place:35.10.06.2099:VILLAGE_STAFF',
      occurredAt: new Date(),
      link: '/staf/permohonan/x',
      data: { trackingCode: 'SK-UJI' },
    });
    await em.flush();
    const [ani, budi] = [randomUUID(), randomUUID()];
    const members = async (audiences: string[]) =>
      new Map(audiences.map((a) => [a, a === fanout.audience ? [ani, budi, ani] : []]));
    const outbox = async () =>
      (
        await pool.query<{ id: string; recipient_user_id: string }>(
          `select id, recipient_user_id from services.notification_outbox where link = '/staf/permohonan/x'`,
        )
      ).rows;

    await expandFanoutOnce(pool, {
      schema: 'services',
      resolve: () => Promise.reject(new Error('accounts away')),
    }).catch(() => undefined);
    expect(await outbox()).toEqual([]);
    // The subgraph's own job may hold a row for a moment (SKIP LOCKED): try until ours is expanded.
    await expect
      .poll(async () => {
        await expandFanoutOnce(pool, { schema: 'services', resolve: members });
        return (await outbox()).length;
      })
      .toBe(2);
    expect((await outbox()).map((row) => row.id).sort()).toEqual(
      [notificationEventId(fanout.id, ani), notificationEventId(fanout.id, budi)].sort(),
    );
    await expandFanoutOnce(pool, { schema: 'services', resolve: members });
    expect(await outbox()).toHaveLength(2);
    expect(
      (await services.orm.em.fork().findOneOrFail(NotificationFanout, { id: fanout.id })).expandedAt,
    ).not.toBeNull();
  });
});
