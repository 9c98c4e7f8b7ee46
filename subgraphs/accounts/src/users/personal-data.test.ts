import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { signServiceToken, signUserToken, type Membership } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { subgraph } from '../index.js';

const JWT = { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' };
const SEMBULUNG = '35.10.06.2003';
const KEMIREN = '35.10.15.2004';
const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } } }';
const PERSONAL = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { name email phone phoneVerified villageCode } } }`;

let accounts: SubgraphUnderTest<never>;
let citizen: { id: string; token: string };

const tokenOf = (memberships: Membership[], userId = randomUUID()) =>
  signUserToken({ userId, roles: ['STAFF'], memberships }, JWT);
const reads = async (userId: string) =>
  accounts.orm.em
    .getConnection()
    .execute<{ staff_id: string; fields: string }[]>(
      'select staff_id, fields from "accounts"."personal_data_reads" where user_id = ? order by at, id',
      [userId],
    );
const seen = async (token?: string) =>
  (
    await accounts.request<{ _entities: Record<string, unknown>[] }>(
      PERSONAL,
      { r: [{ __typename: 'User', id: citizen.id }] },
      token,
    )
  ).data?._entities[0];

beforeAll(async () => {
  accounts = (await startSubgraphForTest(subgraph, inject('databaseUrl'))) as never;
  const up = await accounts.request<{ signUp: { token: string; user: { id: string } } }>(SIGN_UP, {
    input: {
      name: 'Warga Sembulung',
      email: 'warga.sembulung@example.id',
      password: 'kopi-osing-1',
      phone: '081234500001',
    },
  });
  citizen = { id: up.data!.signUp.user.id, token: up.data!.signUp.token };
  await accounts.orm.em
    .getConnection()
    .execute('update "accounts"."users" set village_code = ? where id = ?', [SEMBULUNG, citizen.id]);
});
afterAll(() => accounts?.close());

describe("a person's contact data and domicile", () => {
  it('shows them to the person, the regency admin and staff of their domicile village only', async () => {
    const visible = { email: 'warga.sembulung@example.id', phone: '+6281234500001', villageCode: SEMBULUNG };
    const hidden = { email: null, phone: null, phoneVerified: false, villageCode: null };
    expect(await seen(citizen.token)).toMatchObject(visible);
    expect(await seen(await tokenOf([{ role: 'REGENCY_ADMIN', place: '35.10' }]))).toMatchObject(visible);
    expect(await seen(await tokenOf([{ role: 'VILLAGE_STAFF', place: SEMBULUNG }]))).toMatchObject(visible);
    expect(await seen(await tokenOf([{ role: 'VILLAGE_HEAD', place: SEMBULUNG }]))).toMatchObject(visible);
    // Staff of another village, the district officer, a coarse STAFF token without memberships, anyone.
    expect(await seen(await tokenOf([{ role: 'VILLAGE_STAFF', place: KEMIREN }]))).toMatchObject(hidden);
    expect(await seen(await tokenOf([{ role: 'DISTRICT_OFFICER', place: '35.10.06' }]))).toMatchObject(hidden);
    expect(await seen(await tokenOf([]))).toMatchObject(hidden);
    expect(await seen(undefined)).toMatchObject({ name: 'Warga Sembulung', ...hidden });
    // Internal services (notifications, sellers) keep their access.
    expect(await seen(await signServiceToken('notifications', JWT))).toMatchObject(visible);
  });

  it('audits every office read, once per request, naming the fields; never the person or a refused read', async () => {
    const before = (await reads(citizen.id)).length;
    const staffId = randomUUID();
    const staff = await tokenOf([{ role: 'VILLAGE_STAFF', place: SEMBULUNG }], staffId);
    await seen(staff);
    await seen(citizen.token);
    await seen(await tokenOf([{ role: 'VILLAGE_STAFF', place: KEMIREN }]));
    const only = await accounts.request(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { name } } }`,
      { r: [{ __typename: 'User', id: citizen.id }] },
      staff,
    );
    expect(only.errors).toBeUndefined();
    const after = await reads(citizen.id);
    expect(after.slice(before)).toEqual([{ staff_id: staffId, fields: 'email,phone,villageCode' }]);
  });
});
