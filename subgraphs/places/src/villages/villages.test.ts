import { signUserToken, type Role } from '@kampung/shared';
import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { subgraph } from '../index.js';
import { importRegions } from '../regions/regions.source.js';

let places: SubgraphUnderTest<never>;
const tokens: Partial<Record<Role, string>> = {};
const token = (role: Role) => tokens[role]!;

const VILLAGE_FIELDS =
  'code name type districtCode online officeAddress letterCode head { name title } openingHours { weekday opens closes } district { code name }';
const UPDATE = `mutation($code: String!, $input: VillageOfficeInput!) { updateVillageOffice(code: $code, input: $input) { ${VILLAGE_FIELDS} } }`;
const SET_ONLINE = `mutation($code: String!, $online: Boolean!) { setVillageOnline(code: $code, online: $online) { code online onlineSince } }`;
const OFFICE = {
  officeAddress: 'Jl. Raya Sembulung No. 1, Cluring',
  openingHours: [
    { weekday: 1, opens: '08:00', closes: '15:00' },
    { weekday: 5, opens: '08:00', closes: '11:00' },
  ],
  headName: 'Mohammad Arifin',
  headTitle: 'Kepala Desa',
  letterCode: '429.501.01',
};

/** The village row as the database holds it. */
async function row(code: string) {
  const rows = await places.orm.em
    .getConnection()
    .execute<Record<string, unknown>[]>('select * from "places"."villages" where "code" = ?', [code]);
  return rows[0];
}

beforeAll(async () => {
  places = (await startSubgraphForTest(subgraph, inject('databaseUrl'))) as never;
  // Banyuwangi in full and Surabaya (35.78) for an address elsewhere; every province and regency.
  await importRegions(places.orm.em.fork(), { regencies: ['35.10', '35.78'] });
  for (const role of ['BUYER', 'STAFF', 'ADMIN'] as const) {
    tokens[role] = await signUserToken(
      {
        userId: `00000000-0000-4000-8000-00000000000${role.length}`,
        roles: [role],
        ...(role === 'ADMIN' ? { memberships: [{ role: 'REGENCY_ADMIN' as const, place: '35.10' }] } : {}),
      },
      { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' },
    );
  }
});
afterAll(() => places?.close());

describe('villages', () => {
  it('Sembulung: a desa of Cluring, offline until the regency brings it online', async () => {
    const result = await places.request<{ village: Record<string, unknown> }>(
      `query { village(code: "35.10.06.2003") { ${VILLAGE_FIELDS} } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.village).toMatchObject({
      code: '35.10.06.2003',
      name: 'Sembulung',
      type: 'DESA',
      districtCode: '35.10.06',
      online: false,
      openingHours: [],
      head: null,
      district: { code: '35.10.06', name: 'Cluring' },
    });
    const gombengsari = await places.request<{ village: { type: string } }>(
      '{ village(code: "35.10.21.1006") { type } }',
    );
    expect(gombengsari.data?.village.type).toBe('KELURAHAN');
  });

  it('unknown and malformed codes: NOT_FOUND and BAD_USER_INPUT naming the field, in both languages', async () => {
    const unknown = await places.request('{ village(code: "35.10.06.2999") { code } }');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'code' });
    expect(unknown.errors?.[0]?.extensions?.messageEn).toBe('Village with code 35.10.06.2999 not found');
    // A Surabaya village is a region, not one of the regency's offices.
    const elsewhere = await places.request('{ village(code: "35.78.01.1001") { code } }');
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await places.request('{ village(code: "Sembulung") { code } }');
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(malformed.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'code', message: expect.stringContaining('Kode desa') }),
    ]);
  });

  it('pages through a district by code, with online and district filters', async () => {
    const first = await places.request<{
      villages: {
        totalCount: number;
        edges: { node: { code: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      '{ villages(districtCode: "35.10.06", first: 5) { totalCount edges { node { code } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(first.errors).toBeUndefined();
    const page = first.data!.villages;
    expect(page.totalCount).toBe(9);
    expect(page.edges.map((edge) => edge.node.code)).toEqual([...page.edges.map((e) => e.node.code)].sort());
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await places.request<{
      villages: { edges: { node: { code: string } }[]; pageInfo: { hasNextPage: boolean } };
    }>(
      'query($after: String) { villages(districtCode: "35.10.06", first: 5, after: $after) { edges { node { code } } pageInfo { hasNextPage } } }',
      { after: page.pageInfo.endCursor },
    );
    expect(second.data!.villages.edges).toHaveLength(4);
    expect(second.data!.villages.pageInfo.hasNextPage).toBe(false);
    expect(second.data!.villages.edges[0]!.node.code > page.edges.at(-1)!.node.code).toBe(true);

    const all = await places.request<{ villages: { totalCount: number } }>('{ villages(first: 1) { totalCount } }');
    expect(all.data?.villages.totalCount).toBe(217);
    const badDistrict = await places.request('{ villages(districtCode: "35.78.01") { totalCount } }');
    expect(badDistrict.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'districtCode' });
    const badCursor = await places.request('{ villages(after: "bm9wZQ") { totalCount } }');
    expect(badCursor.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'after' })]);
  });

  it('an admin edits the office and brings the village online; the clock reads the hours back', async () => {
    const refused = await places.request(SET_ONLINE, { code: '35.10.06.2003', online: true }, token('ADMIN'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = (refused.errors?.[0]?.extensions?.fields as { field: string }[]).map((problem) => problem.field);
    expect(missing).toEqual(['officeAddress', 'openingHours', 'headName', 'letterCode']);
    expect((await row('35.10.06.2003'))?.online).toBe(false);

    const updated = await places.request<{ updateVillageOffice: Record<string, unknown> }>(
      UPDATE,
      { code: '35.10.06.2003', input: OFFICE },
      token('ADMIN'),
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateVillageOffice).toMatchObject({
      head: { name: 'Mohammad Arifin', title: 'Kepala Desa' },
      openingHours: OFFICE.openingHours,
      online: false,
    });
    const online = await places.request<{ setVillageOnline: { online: boolean; onlineSince: string } }>(
      SET_ONLINE,
      { code: '35.10.06.2003', online: true },
      token('ADMIN'),
    );
    expect(online.data?.setVillageOnline.online).toBe(true);
    expect(await row('35.10.06.2003')).toMatchObject({ online: true, letter_code: '429.501.01' });
    const listed = await places.request<{ villages: { edges: { node: { code: string } }[] } }>(
      '{ villages(online: true) { edges { node { code } } } }',
    );
    expect(listed.data?.villages.edges.map((edge) => edge.node.code)).toEqual(['35.10.06.2003']);

    // An online village cannot lose what being online needs.
    const clearing = await places.request(
      UPDATE,
      { code: '35.10.06.2003', input: { openingHours: [] } },
      token('ADMIN'),
    );
    expect(clearing.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'openingHours' })]);
    expect(((await row('35.10.06.2003'))?.opening_hours as unknown[]).length).toBe(2);
  });

  it('hours that do not parse are refused naming the field, and nothing is written', async () => {
    const before = await row('35.10.06.2005');
    const result = await places.request(
      UPDATE,
      {
        code: '35.10.06.2005',
        input: {
          headName: 'Slamet Riyadi',
          openingHours: [
            { weekday: 1, opens: '8 pagi', closes: '15:00' },
            { weekday: 9, opens: '08:00', closes: '15:00' },
          ],
        },
      },
      token('ADMIN'),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({
        field: 'openingHours.0.opens',
        messageEn: 'Opening time must look like HH:MM, e.g. 08:00',
      }),
      expect.objectContaining({ field: 'openingHours.1.weekday' }),
    ]);
    expect(await row('35.10.06.2005')).toEqual(before);
  });

  it('only an admin may change a village: anonymous UNAUTHENTICATED, buyer and staff FORBIDDEN, nothing written', async () => {
    const before = await row('35.10.06.2002');
    const anonymous = await places.request(UPDATE, { code: '35.10.06.2002', input: OFFICE });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const role of ['BUYER', 'STAFF'] as const) {
      const update = await places.request(UPDATE, { code: '35.10.06.2002', input: OFFICE }, token(role));
      expect(update.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const online = await places.request(SET_ONLINE, { code: '35.10.06.2002', online: false }, token(role));
      expect(online.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await row('35.10.06.2002')).toEqual(before);
  });

  it('resolves Village and Region references for other subgraphs in one query each', async () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Village { code name } ... on Region { code name level } } }`;
    const representations = [
      { __typename: 'Village', code: '35.10.06.2003' },
      { __typename: 'Village', code: '35.10.15.2004' },
      { __typename: 'Village', code: '35.10.06.2999' },
      { __typename: 'Region', code: '35.78' },
    ];
    let result: { data?: { _entities: unknown[] } } = {};
    const count = await places.countQueries(async () => {
      result = await places.request<{ _entities: unknown[] }>(query, { representations });
    });
    expect(result.data?._entities).toEqual([
      { code: '35.10.06.2003', name: 'Sembulung' },
      { code: '35.10.15.2004', name: 'Kemiren' },
      null,
      { code: '35.78', name: 'Kota Surabaya', level: 'REGENCY' },
    ]);
    expect(count).toBe(2);
  });
});
