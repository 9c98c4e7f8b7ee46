import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { signUserToken, type Membership, type Role } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ServicesEnv } from '../env.js';
import { subgraph } from '../index.js';

const SEMBULUNG = '35.10.06.2003';
const TAMPO = '35.10.06.2002';
let services: SubgraphUnderTest<ServicesEnv>;

const token = (memberships: Membership[], roles: Role[] = ['BUYER', 'STAFF'], userId = randomUUID()) =>
  signUserToken({ userId, roles, memberships }, { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' });
const FILE = `mutation($input: ComplaintInput!) { fileComplaint(input: $input) { id villageCode status } }`;
const LIST = `query($v: String) { staffComplaints(villageCode: $v) { id villageCode } }`;
const RESPOND = `mutation($id: ID!) { respondToComplaint(id: $id, response: "Kami cek", resolve: true) { status respondedAt } }`;
const STATS = `{ complaintStats { waiting inProgress resolved } }`;
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
  services.orm.em.getConnection().execute(text, params);

beforeAll(async () => {
  services = await startSubgraphForTest(subgraph, inject('databaseUrl'));
});
afterAll(() => services?.close());

const file = async (villageCode?: string) =>
  services.request<{ fileComplaint: { id: string; villageCode: string } }>(
    FILE,
    {
      input: {
        subject: 'Lampu jalan',
        body: 'Lampu jalan dusun mati seminggu.',
        ...(villageCode ? { villageCode } : {}),
      },
    },
    await token([], ['BUYER']),
  );

describe('complaints by village', () => {
  it('are filed to the village named; an unknown village is BAD_USER_INPUT naming it, nothing written', async () => {
    expect((await file(TAMPO)).data!.fileComplaint.villageCode).toBe(TAMPO);
    const [before] = await sql<{ n: number }>('select count(*)::int as n from services.complaints');
    const unknown = await file('35.10.06.2999');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.message).toContain('35.10.06.2999');
    expect(JSON.stringify(unknown.errors?.[0]?.extensions)).toContain('villageCode');
    const [after] = await sql<{ n: number }>('select count(*)::int as n from services.complaints');
    expect(after!.n).toBe(before!.n);
  });

  it('staff of another village neither list nor answer them (NOT_FOUND, nothing written); the district officer reads but does not answer', async () => {
    const { id } = (await file(TAMPO)).data!.fileComplaint;
    const sembulungStaff = await token([{ role: 'VILLAGE_STAFF', place: SEMBULUNG }]);
    const listed = await services.request<{ staffComplaints: { id: string }[] }>(LIST, {}, sembulungStaff);
    expect(listed.data!.staffComplaints.map((c) => c.id)).not.toContain(id);
    const refused = await services.request(RESPOND, { id }, sembulungStaff);
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [row] = await sql<{ status: string; response: string | null; responded_at: Date | null }>(
      'select status, response, responded_at from services.complaints where id = ?',
      [id],
    );
    expect(row).toEqual({ status: 'WAITING', response: null, responded_at: null });

    const officer = await token([{ role: 'DISTRICT_OFFICER', place: '35.10.06' }]);
    const officerList = await services.request<{ staffComplaints: { id: string }[] }>(LIST, {}, officer);
    expect(officerList.data!.staffComplaints.map((c) => c.id)).toContain(id);
    expect((await services.request(RESPOND, { id }, officer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherOfficer = await token([{ role: 'DISTRICT_OFFICER', place: '35.10.05' }]);
    expect(
      (await services.request<{ staffComplaints: { id: string }[] }>(LIST, {}, otherOfficer)).data!.staffComplaints,
    ).toEqual([]);

    const tampoStaff = await token([{ role: 'VILLAGE_STAFF', place: TAMPO }]);
    const answered = await services.request<{ respondToComplaint: { status: string; respondedAt: string } }>(
      RESPOND,
      { id },
      tampoStaff,
    );
    expect(answered.data!.respondToComplaint).toMatchObject({ status: 'RESOLVED', respondedAt: expect.any(String) });
  });

  it('counts only the complaints the viewer oversees', async () => {
    await file(SEMBULUNG);
    const [tampo] = await sql<{ n: number }>(
      `select count(*)::int as n from services.complaints where village_code = ?`,
      [TAMPO],
    );
    const stats = await services.request<{ complaintStats: { waiting: number; inProgress: number; resolved: number } }>(
      STATS,
      {},
      await token([{ role: 'VILLAGE_STAFF', place: TAMPO }]),
    );
    const { waiting, inProgress, resolved } = stats.data!.complaintStats;
    expect(waiting + inProgress + resolved).toBe(tampo!.n);
  });
});
