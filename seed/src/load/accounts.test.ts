import { subgraph } from '@kampung/accounts';
import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { remoteJwks, verifyUserToken } from '@kampung/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { onlineVillages } from '../data/places.js';
import { DEMO_PASSWORD, users, villageSlug } from '../data/users.js';
import { seedAccounts } from './accounts.js';

let accounts: SubgraphUnderTest<never>;
let firstMs: number;

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
const tokenOf = async (email: string) => {
  const result = await accounts.request<{ signIn: { token: string } }>(SIGN_IN, {
    input: { email, password: DEMO_PASSWORD },
  });
  if (!result.data) throw new Error(`${email}: ${JSON.stringify(result)}`);
  // Access tokens from accounts are EdDSA: checked with the keys its `/.well-known/jwks.json` publishes.
  return verifyUserToken(result.data.signIn.token, {
    secret: TEST_JWT_SECRET,
    issuer: 'smart-kampung-accounts',
    jwks: remoteJwks(new URL('/.well-known/jwks.json', accounts.url).href),
  });
};
const count = async (table: string) =>
  Number(
    (
      await accounts.orm.em.getConnection().execute<{ n: string }[]>(`select count(*) as n from "accounts"."${table}"`)
    )[0]!.n,
  );

beforeAll(async () => {
  accounts = (await startSubgraphForTest(subgraph, inject('databaseUrl'))) as never;
  const started = Date.now();
  await seedAccounts(accounts.orm.em.fork());
  firstMs = Date.now() - started;
}, 60_000);
afterAll(() => accounts?.close());

describe('seedAccounts', () => {
  it('loads every account and membership quickly (the demo password is hashed once), and again without duplicates', async () => {
    console.log(`[accounts seed] ${users.length} users in ${firstMs} ms`);
    expect(firstMs).toBeLessThan(5_000);
    expect(await count('users')).toBe(users.length);
    // staf@ and admin@, a staff member and a head per online village, two district officers.
    const memberships = 2 + onlineVillages.length * 2 + 2;
    expect(await count('memberships')).toBe(memberships);
    await seedAccounts(accounts.orm.em.fork());
    expect(await count('users')).toBe(users.length);
    expect(await count('memberships')).toBe(memberships);
  });

  it('keeps the demo accounts working: staf@ is village staff of Sembulung, admin@ the regency admin', async () => {
    expect(await tokenOf('staf@kampung.test')).toMatchObject({
      roles: ['BUYER', 'STAFF'],
      memberships: [{ role: 'VILLAGE_STAFF', place: '35.10.06.2003' }],
    });
    expect(await tokenOf('admin@kampung.test')).toMatchObject({
      roles: ['BUYER', 'ADMIN'],
      memberships: [{ role: 'REGENCY_ADMIN', place: '35.10' }],
    });
    expect((await tokenOf('penjual@kampung.test')).roles).toEqual(['BUYER', 'SELLER']);
  });

  it('gives each online village a staff member and a head, and Cluring and Glagah a district officer', async () => {
    for (const village of [onlineVillages[0]!, onlineVillages.at(-1)!]) {
      const slug = villageSlug(village.name);
      expect((await tokenOf(`staf.${slug}@kampung.test`)).memberships).toEqual([
        { role: 'VILLAGE_STAFF', place: village.code },
      ]);
      expect((await tokenOf(`kades.${slug}@kampung.test`)).memberships).toEqual([
        { role: 'VILLAGE_HEAD', place: village.code },
      ]);
    }
    expect(await tokenOf('camat.cluring@kampung.test')).toMatchObject({
      roles: ['BUYER', 'STAFF'],
      memberships: [{ role: 'DISTRICT_OFFICER', place: '35.10.06' }],
    });
    expect((await tokenOf('camat.glagah@kampung.test')).memberships).toEqual([
      { role: 'DISTRICT_OFFICER', place: '35.10.15' },
    ]);
  });
});
