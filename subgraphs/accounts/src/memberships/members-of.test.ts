import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { signServiceToken, signUserToken } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AccountsEnv } from '../env.js';
import { subgraph } from '../index.js';

const JWT = { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' };
const VILLAGE = '35.10.06.2077';
const OTHER_VILLAGE = '35.10.06.2078';
const DISTRICT = '35.10.06';
const MEMBERS =
  'query($place: String!, $roles: [PlaceRole!]!) { internalMembersOf(placeCode: $place, roles: $roles) { userId role placeCode } }';
type Members = { internalMembersOf: { userId: string; role: string; placeCode: string }[] };

let accounts: SubgraphUnderTest<AccountsEnv>;
const sql = (query: string, params: unknown[] = []) => accounts.orm.em.fork().getConnection().execute(query, params);

async function person(): Promise<string> {
  const result = await accounts.request<{ signUp: { user: { id: string } } }>(
    'mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }',
    { input: { name: 'Petugas', email: `petugas-${randomUUID().slice(0, 8)}@example.id`, password: 'kopi-osing-123' } },
  );
  return result.data!.signUp.user.id;
}
const grant = (userId: string, role: string, place: string) =>
  sql(`insert into "accounts"."memberships" (id, user_id, role, place_code) values (gen_random_uuid(), ?, ?, ?)`, [
    userId,
    role,
    place,
  ]);

beforeAll(async () => {
  accounts = (await startSubgraphForTest(subgraph, inject('databaseUrl'), {
    PLACES_URL: 'http://127.0.0.1:1/graphql',
  })) as SubgraphUnderTest<AccountsEnv>;
});
afterAll(() => accounts?.close());

describe('internalMembersOf (decision 031)', () => {
  it('names the holders of the roles asked at exactly that place, for service tokens only', async () => {
    const [staff, head, otherStaff, officer] = [await person(), await person(), await person(), await person()];
    await grant(staff, 'VILLAGE_STAFF', VILLAGE);
    await grant(head, 'VILLAGE_HEAD', VILLAGE);
    await grant(otherStaff, 'VILLAGE_STAFF', OTHER_VILLAGE);
    await grant(officer, 'DISTRICT_OFFICER', DISTRICT);
    const service = await signServiceToken('services', JWT);

    const villageStaff = await accounts.request<Members>(
      MEMBERS,
      { place: VILLAGE, roles: ['VILLAGE_STAFF'] },
      service,
    );
    expect(villageStaff.errors).toBeUndefined();
    expect(villageStaff.data?.internalMembersOf).toEqual([
      { userId: staff, role: 'VILLAGE_STAFF', placeCode: VILLAGE },
    ]);
    const both = await accounts.request<Members>(
      MEMBERS,
      { place: VILLAGE, roles: ['VILLAGE_STAFF', 'VILLAGE_HEAD'] },
      service,
    );
    expect(both.data?.internalMembersOf.map((m) => m.userId).sort()).toEqual([staff, head].sort());
    const officers = await accounts.request<Members>(
      MEMBERS,
      { place: DISTRICT, roles: ['DISTRICT_OFFICER'] },
      service,
    );
    expect(officers.data?.internalMembersOf.map((m) => m.userId)).toEqual([officer]);

    const bad = await accounts.request(MEMBERS, { place: 'Sembulung', roles: ['VILLAGE_STAFF'] }, service);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'placeCode' }] });
    const asPerson = await accounts.request(
      MEMBERS,
      { place: VILLAGE, roles: ['VILLAGE_STAFF'] },
      await signUserToken({ userId: staff, roles: ['BUYER', 'STAFF'] }, JWT),
    );
    expect(asPerson.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(asPerson.data ?? null).toBeNull();
  });
});
