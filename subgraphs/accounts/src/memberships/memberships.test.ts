import {
  createTestDatabase,
  startContractFake,
  startSubgraphForTest,
  TEST_JWT_SECRET,
  type ContractFake,
  type SubgraphUnderTest,
} from '@kampung/devtools';
import { createOrm, remoteJwks, signServiceToken, signUserToken, verifyUserToken } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AccountsEnv } from '../env.js';
import { subgraph } from '../index.js';

const JWT = { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' };
/** Access tokens from accounts are EdDSA: checked with the keys its `/.well-known/jwks.json` publishes. */
const checkedByJwks = () => ({ ...JWT, jwks: remoteJwks(new URL('/.well-known/jwks.json', accounts.url).href) });
const SEMBULUNG = '35.10.06.2003';
const KEMIREN = '35.10.16.2004';
const CLURING = '35.10.06';
const PASSWORD = 'kopi-osing-123';

/** What places knows in this test: two villages of the regency, their districts, and Surabaya. */
const VILLAGES: Record<string, string> = { [SEMBULUNG]: 'Sembulung', [KEMIREN]: 'Kemiren' };
const REGIONS: Record<string, string> = {
  '35.10': 'REGENCY',
  [CLURING]: 'DISTRICT',
  '35.10.16': 'DISTRICT',
  [SEMBULUNG]: 'VILLAGE',
  [KEMIREN]: 'VILLAGE',
  '35.78.01': 'DISTRICT',
  '35.78.01.1001': 'VILLAGE',
};
const notFound = () => Object.assign(new Error('tidak ditemukan'), { extensions: { code: 'NOT_FOUND' } });

const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { token refreshToken user { id } } }';
const SIGN_IN =
  'mutation($input: SignInInput!) { signIn(input: $input) { token refreshToken user { roles memberships { role placeCode } } } }';
const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { token } }';
const GRANT = `mutation($input: GrantMembershipInput!) { grantMembership(input: $input) { id role placeCode user { email } } }`;
const REVOKE = 'mutation($id: ID!) { revokeMembership(id: $id) { id role placeCode } }';
const LIST = `query($placeCode: String, $first: Int, $after: String) {
  memberships(placeCode: $placeCode, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id role placeCode user { name email } } }
  }
}`;
const UPDATE_PROFILE = 'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { name villageCode } }';

type Errors = { errors?: { message: string; extensions?: { code?: string; fields?: { field: string }[] } }[] };

let accounts: SubgraphUnderTest<AccountsEnv>;
let places: ContractFake;
let admin: { id: string; token: string };

const sql = <T>(query: string, params: unknown[] = []) => accounts.orm.em.getConnection().execute<T[]>(query, params);
const membershipCount = async () =>
  Number((await sql<{ n: string }>('select count(*) as n from "accounts"."memberships"'))[0]!.n);

let counter = 0;
async function signUp(name = 'Warga Desa') {
  const email = `warga${++counter}-${randomUUID().slice(0, 6)}@example.id`;
  const up = await accounts.request<{ signUp: { token: string; refreshToken: string; user: { id: string } } }>(
    SIGN_UP,
    { input: { name, email, password: PASSWORD } },
  );
  return {
    email,
    id: up.data!.signUp.user.id,
    token: up.data!.signUp.token,
    refreshToken: up.data!.signUp.refreshToken,
  };
}

async function signIn(email: string) {
  const result = await accounts.request<{
    signIn: { token: string; refreshToken: string; user: { roles: string[]; memberships: unknown[] } };
  }>(SIGN_IN, { input: { email, password: PASSWORD } });
  return { ...result.data!.signIn, viewer: await verifyUserToken(result.data!.signIn.token, checkedByJwks()) };
}

const grant = (input: { email: string; role: string; placeCode: string }, token = admin.token) =>
  accounts.request<
    { grantMembership: { id: string; role: string; placeCode: string; user: { email: string } } } & Errors
  >(GRANT, { input }, token);

beforeAll(async () => {
  places = await startContractFake('places', {
    village: ({ code }) => {
      const name = VILLAGES[String(code)];
      if (!name) throw notFound();
      return { code, name, online: true };
    },
    region: ({ code }) => {
      const level = REGIONS[String(code)];
      if (!level) throw notFound();
      return { code, level };
    },
  });
  accounts = (await startSubgraphForTest(subgraph, inject('databaseUrl'), {
    PLACES_URL: places.url,
  })) as SubgraphUnderTest<AccountsEnv>;
  // The one regency admin of this database, made as the migration would have.
  const person = await signUp('Admin Kabupaten');
  await sql(
    `insert into "accounts"."memberships" (id, user_id, role, place_code) values (gen_random_uuid(), ?, 'REGENCY_ADMIN', '35.10')`,
    [person.id],
  );
  admin = { id: person.id, token: (await signIn(person.email)).token };
}, 60_000);
afterAll(async () => {
  await accounts?.close();
  await places?.close();
});

describe('the migration to memberships', () => {
  it('makes STAFF users village staff of Sembulung and ADMIN users regency admins, and drops those roles', async () => {
    const database = await createTestDatabase(inject('databaseUrl'), 'accounts_migration');
    const orm = await createOrm(
      {
        schema: 'accounts',
        databaseUrl: database.url,
        entities: subgraph.entities,
        migrations: subgraph.migrations,
        appName: 'accounts-migration-test',
      },
      { migrate: false },
    );
    try {
      const connection = orm.em.getConnection();
      await connection.execute('create schema if not exists "accounts"');
      await orm.migrator.up({ to: 'Migration20261207220000_user_timestamps_ms' });
      const user = (key: string, roles: string) =>
        connection.execute(
          `insert into "accounts"."users" (id, email, name, password_hash, roles) values (?, ?, 'Lama', 'x', ?::text[])`,
          [key, `${key}@example.id`, roles],
        );
      const [staff, adminUser, buyer, seller] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      await user(staff, '{STAFF}');
      await user(adminUser, '{ADMIN}');
      await user(buyer, '{BUYER}');
      await user(seller, '{BUYER,SELLER,STAFF}');
      await orm.migrator.up();

      const rows = await connection.execute<{ user_id: string; role: string; place_code: string }[]>(
        'select user_id, role, place_code from "accounts"."memberships" order by role, user_id',
      );
      expect(rows).toEqual(
        [
          { user_id: adminUser, role: 'REGENCY_ADMIN', place_code: '35.10' },
          ...[staff, seller].sort().map((id) => ({ user_id: id, role: 'VILLAGE_STAFF', place_code: SEMBULUNG })),
        ].sort((a, b) => a.role.localeCompare(b.role) || a.user_id.localeCompare(b.user_id)),
      );
      const roles = await connection.execute<{ id: string; roles: string[]; village_code: string | null }[]>(
        'select id, roles, village_code from "accounts"."users"',
      );
      const rolesOf = (id: string) => roles.find((row) => row.id === id);
      expect(rolesOf(staff)).toEqual({ id: staff, roles: ['BUYER'], village_code: null });
      expect(rolesOf(adminUser)?.roles).toEqual(['BUYER']);
      expect(rolesOf(buyer)?.roles).toEqual(['BUYER']);
      expect(rolesOf(seller)?.roles).toEqual(['BUYER', 'SELLER']);

      // A membership of the wrong level cannot be stored at all.
      await expect(
        connection.execute(
          `insert into "accounts"."memberships" (id, user_id, role, place_code) values (gen_random_uuid(), ?, 'VILLAGE_STAFF', '35.10.06')`,
          [buyer],
        ),
      ).rejects.toThrow(/memberships_place_level_check/);
    } finally {
      await orm.close();
      await database.drop();
    }
  }, 60_000);
});

describe('tokens', () => {
  it('carry the memberships; STAFF and ADMIN are derived from them', async () => {
    const person = await signUp();
    expect((await signIn(person.email)).viewer).toMatchObject({ roles: ['BUYER'] });
    expect((await signIn(person.email)).viewer.memberships).toBeUndefined();

    await grant({ email: person.email, role: 'VILLAGE_STAFF', placeCode: SEMBULUNG });
    const staff = await signIn(person.email);
    expect(staff.viewer.roles).toEqual(['BUYER', 'STAFF']);
    expect(staff.viewer.memberships).toEqual([{ role: 'VILLAGE_STAFF', place: SEMBULUNG }]);
    expect(staff.user.roles).toEqual(['BUYER', 'STAFF']);
    // The payload's user is shown to the session just made: its own memberships (the storefront keeps them).
    expect(staff.user.memberships).toEqual([{ role: 'VILLAGE_STAFF', placeCode: SEMBULUNG }]);

    await grant({ email: person.email, role: 'DISTRICT_OFFICER', placeCode: CLURING });
    await grant({ email: person.email, role: 'REGENCY_ADMIN', placeCode: '35.10' });
    const all = await signIn(person.email);
    expect(all.viewer.roles).toEqual(['BUYER', 'STAFF', 'ADMIN']);
    expect(all.viewer.memberships).toEqual([
      { role: 'VILLAGE_STAFF', place: SEMBULUNG },
      { role: 'DISTRICT_OFFICER', place: CLURING },
      { role: 'REGENCY_ADMIN', place: '35.10' },
    ]);

    // A refreshed token carries the current memberships too.
    const refreshed = await accounts.request<{ refreshSession: { token: string } }>(REFRESH, { t: all.refreshToken });
    expect((await verifyUserToken(refreshed.data!.refreshSession.token, checkedByJwks())).memberships).toHaveLength(3);

    // Only a district officer: STAFF (a district officer reads office records), no ADMIN.
    const officer = await signUp();
    await grant({ email: officer.email, role: 'DISTRICT_OFFICER', placeCode: CLURING });
    expect((await signIn(officer.email)).viewer.roles).toEqual(['BUYER', 'STAFF']);
  });

  it('a stored STAFF or ADMIN role cannot be granted any more: office roles are memberships', async () => {
    const person = await signUp();
    const service = await signServiceToken('sellers', JWT);
    const result = await accounts.request<Errors>(
      'mutation($id: ID!) { internalGrantRole(userId: $id, role: ADMIN) { id } }',
      { id: person.id },
      service,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (await sql<{ roles: string[] }>('select roles from "accounts"."users" where id = ?', [person.id]))[0]!.roles,
    ).toEqual(['BUYER']);
  });
});

describe('granting', () => {
  it('is idempotent: granting a role held returns the same membership and writes nothing', async () => {
    const person = await signUp();
    const first = await grant({ email: person.email.toUpperCase(), role: 'VILLAGE_HEAD', placeCode: KEMIREN });
    expect(first.data?.grantMembership).toMatchObject({
      role: 'VILLAGE_HEAD',
      placeCode: KEMIREN,
      user: { email: person.email },
    });
    const before = await membershipCount();
    const again = await grant({ email: person.email, role: 'VILLAGE_HEAD', placeCode: KEMIREN });
    expect(again.data?.grantMembership.id).toBe(first.data?.grantMembership.id);
    expect(await membershipCount()).toBe(before);
    const [row] = await sql<{ granted_by: string }>('select granted_by from "accounts"."memberships" where id = ?', [
      first.data!.grantMembership.id,
    ]);
    expect(row?.granted_by).toBe(admin.id);
  });

  it('refuses an unknown email (NOT_FOUND) and a place of the wrong level, outside the regency or unknown (BAD_USER_INPUT on placeCode), writing nothing', async () => {
    const person = await signUp();
    const before = await membershipCount();
    const unknown = await grant({ email: 'nobody@example.id', role: 'VILLAGE_STAFF', placeCode: SEMBULUNG });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const [role, placeCode] of [
      ['VILLAGE_STAFF', CLURING], // a district for a village role
      ['VILLAGE_HEAD', '35.10'],
      ['DISTRICT_OFFICER', SEMBULUNG], // a village for a district role
      ['REGENCY_ADMIN', CLURING],
      ['REGENCY_ADMIN', '35.78'], // another regency
      ['VILLAGE_STAFF', '35.78.01.1001'], // Surabaya: outside the regency
      ['VILLAGE_STAFF', '35.10.06.2999'], // no such village
      ['DISTRICT_OFFICER', '35.10.99'], // no such district
      ['VILLAGE_STAFF', 'Sembulung'],
    ]) {
      const refused = await grant({ email: person.email, role: role!, placeCode: placeCode! });
      expect(refused.errors?.[0]?.extensions, `${role}@${placeCode}`).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'placeCode' }],
      });
    }
    expect(await membershipCount()).toBe(before);
  });
});

describe('refusals', () => {
  it('only the regency admin grants, revokes and lists; refused calls write nothing', async () => {
    const person = await signUp();
    const granted = await grant({ email: person.email, role: 'VILLAGE_STAFF', placeCode: SEMBULUNG });
    const membershipId = granted.data!.grantMembership.id;
    const villageStaff = (await signIn(person.email)).token;
    const officer = await signUserToken(
      { userId: randomUUID(), roles: ['STAFF'], memberships: [{ role: 'DISTRICT_OFFICER', place: CLURING }] },
      JWT,
    );
    const coarseAdmin = await signUserToken({ userId: randomUUID(), roles: ['ADMIN'] }, JWT); // no membership
    const buyer = (await signUp()).token;
    const before = await sql('select * from "accounts"."memberships" order by id');
    const sessionsBefore = await sql('select id, revoked_at from "accounts"."sessions" order by id');

    const cases: [string | undefined, string][] = [
      [undefined, 'UNAUTHENTICATED'],
      [buyer, 'FORBIDDEN'],
      [villageStaff, 'FORBIDDEN'],
      [officer, 'FORBIDDEN'],
      [coarseAdmin, 'FORBIDDEN'],
    ];
    for (const [token, code] of cases) {
      const g = await accounts.request<Errors>(
        GRANT,
        { input: { email: person.email, role: 'VILLAGE_HEAD', placeCode: SEMBULUNG } },
        token,
      );
      const r = await accounts.request<Errors>(REVOKE, { id: membershipId }, token);
      const l = await accounts.request<Errors>(LIST, { placeCode: SEMBULUNG }, token);
      for (const result of [g, r, l]) expect(result.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await sql('select * from "accounts"."memberships" order by id')).toEqual(before);
    expect(await sql('select id, revoked_at from "accounts"."sessions" order by id')).toEqual(sessionsBefore);
  });

  it("shows a user's memberships to themself and the regency admin only", async () => {
    const person = await signUp();
    await grant({ email: person.email, role: 'VILLAGE_STAFF', placeCode: KEMIREN });
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { memberships { role placeCode } } } }`;
    const r = [{ __typename: 'User', id: person.id }];
    const other = (await signUp()).token;
    const service = await signServiceToken('sellers', JWT);
    const seen = async (token?: string) =>
      (await accounts.request<{ _entities: { memberships: unknown[] }[] }>(query, { r }, token)).data?._entities[0]
        ?.memberships;
    expect(await seen(admin.token)).toEqual([{ role: 'VILLAGE_STAFF', placeCode: KEMIREN }]);
    expect(await seen((await signIn(person.email)).token)).toEqual([{ role: 'VILLAGE_STAFF', placeCode: KEMIREN }]);
    expect(await seen(other)).toEqual([]);
    expect(await seen(undefined)).toEqual([]);
    expect(await seen(service)).toEqual([]);
  });
});

describe('revoking', () => {
  it("removes the membership and ends the holder's sessions; signed in again, the token no longer carries it", async () => {
    const person = await signUp();
    const granted = await grant({ email: person.email, role: 'VILLAGE_STAFF', placeCode: SEMBULUNG });
    const session = await signIn(person.email);
    expect(session.viewer.memberships).toEqual([{ role: 'VILLAGE_STAFF', place: SEMBULUNG }]);

    const revoked = await accounts.request<{ revokeMembership: { id: string } } & Errors>(
      REVOKE,
      { id: granted.data!.grantMembership.id },
      admin.token,
    );
    expect(revoked.data?.revokeMembership.id).toBe(granted.data!.grantMembership.id);
    expect(await sql('select id from "accounts"."memberships" where user_id = ?', [person.id])).toEqual([]);
    const live = await sql<{ revoked_reason: string }>(
      'select revoked_reason from "accounts"."sessions" where user_id = ? and revoked_at is null',
      [person.id],
    );
    expect(live).toEqual([]);
    const refresh = await accounts.request<Errors>(REFRESH, { t: session.refreshToken });
    expect(refresh.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const again = await signIn(person.email);
    expect(again.viewer.memberships).toBeUndefined();
    expect(again.viewer.roles).toEqual(['BUYER']);

    const twice = await accounts.request<Errors>(REVOKE, { id: granted.data!.grantMembership.id }, admin.token);
    expect(twice.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const notAnId = await accounts.request<Errors>(REVOKE, { id: 'abc' }, admin.token);
    expect(notAnId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps the last regency admin', async () => {
    const admins = await sql<{ id: string; user_id: string }>(
      `select id, user_id from "accounts"."memberships" where role = 'REGENCY_ADMIN'`,
    );
    // Leave exactly one: the admin of this database.
    for (const row of admins.filter((row) => row.user_id !== admin.id))
      expect((await accounts.request<Errors>(REVOKE, { id: row.id }, admin.token)).errors).toBeUndefined();
    const own = admins.find((row) => row.user_id === admin.id)!;
    const last = await accounts.request<Errors>(REVOKE, { id: own.id }, admin.token);
    expect(last.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await sql(`select id from "accounts"."memberships" where id = ?`, [own.id])).toHaveLength(1);
  });
});

describe('listing', () => {
  it("pages the memberships at a place and inside it, newest first, with the holder's name and email", async () => {
    const people = [await signUp('Satu'), await signUp('Dua'), await signUp('Tiga')];
    await grant({ email: people[0]!.email, role: 'VILLAGE_STAFF', placeCode: '35.10.16.2004' });
    await grant({ email: people[1]!.email, role: 'VILLAGE_HEAD', placeCode: '35.10.16.2004' });
    await grant({ email: people[2]!.email, role: 'DISTRICT_OFFICER', placeCode: '35.10.16' });

    type Page = {
      memberships: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { role: string; placeCode: string; user: { name: string; email: string } } }[];
      };
    };
    const village = await accounts.request<Page>(LIST, { placeCode: KEMIREN, first: 10 }, admin.token);
    const kemiren = village.data!.memberships.edges.filter((e) => ['Satu', 'Dua'].includes(e.node.user.name));
    expect(kemiren.map(({ node: { role, placeCode, user } }) => ({ role, placeCode, user }))).toEqual([
      { role: 'VILLAGE_HEAD', placeCode: KEMIREN, user: { name: 'Dua', email: people[1]!.email } },
      { role: 'VILLAGE_STAFF', placeCode: KEMIREN, user: { name: 'Satu', email: people[0]!.email } },
    ]);
    expect(village.data!.memberships.edges.every((e) => e.node.placeCode === KEMIREN)).toBe(true);

    // The district: its officer and the staff of its villages, one page at a time.
    const seen: string[] = [];
    let after: string | null = null;
    let total: number | undefined;
    do {
      const page: Page = (await accounts.request<Page>(LIST, { placeCode: '35.10.16', first: 2, after }, admin.token))
        .data!;
      total = page.memberships.totalCount;
      seen.push(...page.memberships.edges.map((e) => `${e.node.role}@${e.node.placeCode}:${e.node.user.email}`));
      after = page.memberships.pageInfo.hasNextPage ? page.memberships.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total!);
    expect(new Set(seen).size).toBe(total);
    expect(seen[0]).toBe(`DISTRICT_OFFICER@35.10.16:${people[2]!.email}`);
    expect(seen.every((s) => s.includes('@35.10.16'))).toBe(true);

    const bad = await accounts.request<Errors>(LIST, { placeCode: 'Kemiren' }, admin.token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'placeCode' }] });
  });
});

describe('domicile', () => {
  it('a user sets, keeps and clears their village; an unknown or malformed code is refused naming the field', async () => {
    const person = await signUp();
    const set = await accounts.request<{ updateProfile: { villageCode: string } }>(
      UPDATE_PROFILE,
      { input: { villageCode: SEMBULUNG } },
      person.token,
    );
    expect(set.data?.updateProfile.villageCode).toBe(SEMBULUNG);
    const renamed = await accounts.request<{ updateProfile: { name: string; villageCode: string } }>(
      UPDATE_PROFILE,
      { input: { name: 'Nama Baru' } },
      person.token,
    );
    expect(renamed.data?.updateProfile).toEqual({ name: 'Nama Baru', villageCode: SEMBULUNG });

    for (const villageCode of ['35.10.06.2999', '35.78.01.1001x', 'Sembulung']) {
      const refused = await accounts.request<Errors>(UPDATE_PROFILE, { input: { villageCode } }, person.token);
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'villageCode' }],
      });
    }
    const stored = await sql<{ village_code: string }>('select village_code from "accounts"."users" where id = ?', [
      person.id,
    ]);
    expect(stored[0]?.village_code).toBe(SEMBULUNG);

    // Private: another user does not see it.
    const r = [{ __typename: 'User', id: person.id }];
    const other = await accounts.request<{ _entities: { villageCode: string | null }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { villageCode } } }`,
      { r },
      (await signUp()).token,
    );
    expect(other.data?._entities[0]?.villageCode).toBeNull();

    const cleared = await accounts.request<{ updateProfile: { villageCode: string | null } }>(
      UPDATE_PROFILE,
      { input: { villageCode: null } },
      person.token,
    );
    expect(cleared.data?.updateProfile.villageCode).toBeNull();
    const anonymous = await accounts.request<Errors>(UPDATE_PROFILE, { input: { villageCode: SEMBULUNG } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
