import { signUserToken } from '@kampung/shared';
import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { subgraph } from '../index.js';
import { importRegions, readRegions, titleCase } from './regions.source.js';

let places: SubgraphUnderTest<never>;
let firstImport: Awaited<ReturnType<typeof importRegions>>;

const count = async (sql: string) =>
  Number(
    (await places.orm.em.getConnection().execute<{ n: string }[]>(`select count(*)::text as n from ${sql}`))[0]!.n,
  );

beforeAll(async () => {
  places = (await startSubgraphForTest(subgraph, inject('databaseUrl'))) as never;
  firstImport = await importRegions(places.orm.em.fork(), { regencies: ['35.10', '35.78'] });
});
afterAll(() => places?.close());

describe('the region data (idn-area-data)', () => {
  it('Banyuwangi (35.10): 25 districts, 217 villages, 189 desa and 28 kelurahan', async () => {
    const banyuwangi = (await readRegions({ regencies: ['35.10'] })).filter((row) => row.code.startsWith('35.10.'));
    expect(banyuwangi.filter((row) => row.level === 'DISTRICT')).toHaveLength(25);
    expect(banyuwangi.filter((row) => row.level === 'VILLAGE')).toHaveLength(217);
    expect(await count(`"places"."villages" where "type" = 'DESA'`)).toBe(189);
    expect(await count(`"places"."villages" where "type" = 'KELURAHAN'`)).toBe(28);
    expect(banyuwangi).toContainEqual({
      code: '35.10.06.2003',
      name: 'Sembulung',
      level: 'VILLAGE',
      parentCode: '35.10.06',
    });
  });

  it('reads the whole country: 38 provinces, 514 regencies, and some 84,000 villages', async () => {
    const all = await readRegions();
    const byLevel = (level: string) => all.filter((row) => row.level === level).length;
    expect(byLevel('PROVINCE')).toBe(38);
    expect(byLevel('REGENCY')).toBe(514);
    expect(byLevel('VILLAGE')).toBeGreaterThan(83_000);
    // Every child's parent comes before it (one bulk statement can insert them in order).
    const seen = new Set<string>();
    for (const row of all) {
      if (row.parentCode) expect(seen.has(row.parentCode)).toBe(true);
      seen.add(row.code);
    }
    expect(all.find((row) => row.code === '35.10')?.name).toBe('Kabupaten Banyuwangi');
    expect(titleCase('DKI JAKARTA')).toBe('DKI Jakarta');
    expect(titleCase('KABUPATEN PANGKAJENE DAN KEPULAUAN')).toBe('Kabupaten Pangkajene dan Kepulauan');
  });

  it('importing again writes nothing', async () => {
    expect(firstImport.regionsWritten).toBe(firstImport.regions);
    expect(firstImport.villages).toBe(217);
    const again = await importRegions(places.orm.em.fork(), { regencies: ['35.10', '35.78'] });
    expect(again).toMatchObject({ regionsWritten: 0, villagesWritten: 0, villages: 217 });
  });
});

describe('region queries', () => {
  it('province → regency → district → village, for an address in Surabaya', async () => {
    const provinces = await places.request<{ provinces: { code: string; name: string }[] }>(
      '{ provinces { code name } }',
    );
    expect(provinces.data?.provinces).toHaveLength(38);
    expect(provinces.data?.provinces).toContainEqual({ code: '35', name: 'Jawa Timur' });
    const regencies = await places.request<{ regionChildren: { code: string; level: string }[] }>(
      '{ regionChildren(parentCode: "35") { code level } }',
    );
    expect(regencies.data?.regionChildren.map((r) => r.code)).toContain('35.78');
    expect(new Set(regencies.data?.regionChildren.map((r) => r.level))).toEqual(new Set(['REGENCY']));
    const districts = await places.request<{ regionChildren: { code: string }[] }>(
      '{ regionChildren(parentCode: "35.78") { code } }',
    );
    expect(districts.data?.regionChildren.length).toBeGreaterThan(25);
    const village = await places.request<{ region: { level: string; parent: { parent: { name: string } } } }>(
      '{ region(code: "35.10.06.2003") { name level parent { name parent { name } } } }',
    );
    expect(village.data?.region).toMatchObject({
      level: 'VILLAGE',
      parent: { name: 'Cluring', parent: { name: 'Kabupaten Banyuwangi' } },
    });
  });

  it("lists the regency's 25 districts", async () => {
    const result = await places.request<{ districts: { code: string; name: string }[] }>('{ districts { code name } }');
    expect(result.data?.districts).toHaveLength(25);
    expect(result.data?.districts[5]).toEqual({ code: '35.10.06', name: 'Cluring' });
  });

  it('unknown codes are NOT_FOUND, malformed ones BAD_USER_INPUT, each naming the field', async () => {
    const unknown = await places.request('{ regionChildren(parentCode: "35.99") { code } }');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'parentCode' });
    expect(unknown.errors?.[0]?.extensions?.messageId).toBe('Wilayah dengan kode 35.99 tidak ditemukan');
    const malformed = await places.request('{ region(code: "35-10") { code } }');
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ messageEn: 'Region code is not valid (for example 35.10.06.2003)' }),
    ]);
  });
});

describe('district heads (camat)', () => {
  const SET =
    'mutation($code: String!, $name: String!, $title: String) { setDistrictHead(code: $code, name: $name, title: $title) { code head { name title } } }';
  const jwt = { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' };
  const heads = async () =>
    places.orm.em
      .getConnection()
      .execute(`select code, head_name, head_title from "places"."regions" where head_name is not null order by code`);

  it("the regency admin names a district's camat; others, villages and bad names write nothing", async () => {
    const admin = await signUserToken(
      {
        userId: '00000000-0000-4000-8000-000000000001',
        roles: ['ADMIN'],
        memberships: [{ role: 'REGENCY_ADMIN', place: '35.10' }],
      },
      jwt,
    );
    const officer = await signUserToken(
      {
        userId: '00000000-0000-4000-8000-000000000003',
        roles: ['STAFF'],
        memberships: [{ role: 'DISTRICT_OFFICER', place: '35.10.06' }],
      },
      jwt,
    );
    const before = await heads();
    const byOfficer = await places.request(SET, { code: '35.10.06', name: 'Drs. Hendro Wibowo' }, officer);
    expect(byOfficer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const village = await places.request(SET, { code: '35.10.06.2003', name: 'Drs. Hendro Wibowo' }, admin);
    expect(village.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'code' })]);
    const short = await places.request(SET, { code: '35.10.06', name: 'H' }, admin);
    expect(short.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'name' })]);
    expect(await heads()).toEqual(before);

    const set = await places.request<{ setDistrictHead: unknown }>(
      SET,
      { code: '35.10.06', name: 'Drs. Hendro Wibowo' },
      admin,
    );
    expect(set.data?.setDistrictHead).toEqual({
      code: '35.10.06',
      head: { name: 'Drs. Hendro Wibowo', title: 'Camat' },
    });
    const read = await places.request<{ region: unknown }>('{ region(code: "35.10.06") { head { name title } } }');
    expect(read.data?.region).toEqual({ head: { name: 'Drs. Hendro Wibowo', title: 'Camat' } });
    const villageHead = await places.request<{ region: unknown }>(
      '{ region(code: "35.10.06.2003") { head { name } } }',
    );
    expect(villageHead.data?.region).toEqual({ head: null });
  });
});
