import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { signUserToken, type Membership } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { setPlacesDirectoryForTests } from '../clients/places.client.js';
import { StandInPlaces, testVillage } from '../clients/places.stand-in.js';
import type { ServicesEnv } from '../env.js';
import { Service, ServiceCategory, subgraph } from '../index.js';

const SEMBULUNG = '35.10.06.2003';
const BENCULUK = '35.10.06.2005';
const KEMIREN = '35.10.15.2004';
const places = new StandInPlaces([
  testVillage(SEMBULUNG, 'Sembulung'),
  testVillage(BENCULUK, 'Benculuk'),
  testVillage(KEMIREN, 'Kemiren', { districtName: 'Glagah' }),
]);

let services: SubgraphUnderTest<ServicesEnv>;
let sktm: Service;
let sku: Service;
let draft: Service;

const token = (memberships: Membership[]) =>
  signUserToken(
    {
      userId: randomUUID(),
      roles: memberships.some((m) => m.role === 'REGENCY_ADMIN') ? ['STAFF', 'ADMIN'] : ['STAFF'],
      memberships,
    },
    { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' },
  );
const staffOf = (place: string) => token([{ role: 'VILLAGE_STAFF', place }]);
const regencyAdmin = () => token([{ role: 'REGENCY_ADMIN', place: '35.10' }]);
const districtOfficer = (place: string) => token([{ role: 'DISTRICT_OFFICER', place }]);

const ADOPT = `mutation($v: String!, $s: ID!, $o: VillageServiceInput) {
  adoptService(villageCode: $v, serviceId: $s, overrides: $o) { villageCode serviceId fee slaHours office active own
    effective { fee slaHours office requirements formFields { key } offeredIn } } }`;
const UPDATE = `mutation($v: String!, $s: ID!, $o: VillageServiceInput!) {
  updateVillageService(villageCode: $v, serviceId: $s, overrides: $o) { fee slaHours office effective { fee slaHours office } } }`;
const WITHDRAW = `mutation($v: String!, $s: ID!) { withdrawService(villageCode: $v, serviceId: $s) { active } }`;
const OFFERED = `query($v: String) { services(villageCode: $v) { totalCount edges { node { slug fee slaHours office offeredIn } } } }`;
const ONE = `query($slug: String!, $v: String) { service(slug: $slug, villageCode: $v) { slug fee offeredIn } }`;
const ADOPTIONS = `query($v: String!) { villageServices(villageCode: $v, includeWithdrawn: true) { serviceId active } }`;

/** The adoption rows, straight from PostgreSQL. */
const rows = async (villageCode: string) =>
  (await services.orm.em
    .getConnection()
    .execute(
      `select "service_id", "fee", "sla_hours", "office", "active" from "services"."village_services" where "village_code" = ? order by "service_id"`,
      [villageCode],
    )) as {
    service_id: string;
    fee: number | null;
    sla_hours: number | null;
    office: string | null;
    active: boolean;
  }[];

beforeAll(async () => {
  setPlacesDirectoryForTests(places);
  services = await startSubgraphForTest(subgraph, inject('databaseUrl'));
  const em = services.orm.em.fork();
  const category = em.create(ServiceCategory, { code: 'PELAYANAN_PUBLIK', name: 'Pelayanan Publik', position: 1 });
  const base = { category, summary: '-', description: '-', office: 'Kantor Desa', isLetter: true };
  sktm = em.create(Service, {
    ...base,
    slug: 'sktm',
    name: 'Surat Keterangan Tidak Mampu',
    slaHours: 8,
    requirements: ['KTP-el'],
    formFields: [{ key: 'nik', label: 'NIK', type: 'NIK', required: true }],
  });
  sku = em.create(Service, { ...base, slug: 'sku', name: 'Surat Keterangan Usaha', slaHours: 16, fee: 0 });
  draft = em.create(Service, { ...base, slug: 'draft', name: 'Draf', slaHours: 8, active: false });
  await em.flush();
});
afterAll(async () => {
  setPlacesDirectoryForTests(null);
  await services?.close();
});

describe('adopting templates', () => {
  it("lets a village's staff adopt a template with overrides, listed on the village's terms", async () => {
    const result = await services.request<{ adoptService: unknown }>(
      ADOPT,
      {
        v: SEMBULUNG,
        s: sktm.id,
        o: {
          fee: 5000,
          slaHours: 4,
          office: 'Balai Desa Sembulung',
          extraRequirements: ['Surat pengantar RT'],
          extraFormFields: [{ key: 'rt', label: 'RT', type: 'TEXT', required: true }],
        },
      },
      await staffOf(SEMBULUNG),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.adoptService).toEqual({
      villageCode: SEMBULUNG,
      serviceId: sktm.id,
      fee: 5000,
      slaHours: 4,
      office: 'Balai Desa Sembulung',
      active: true,
      own: false,
      effective: {
        fee: 5000,
        slaHours: 4,
        office: 'Balai Desa Sembulung',
        requirements: ['KTP-el', 'Surat pengantar RT'],
        formFields: [{ key: 'nik' }, { key: 'rt' }],
        offeredIn: SEMBULUNG,
      },
    });
    const offered = await services.request<{ services: { totalCount: number; edges: { node: unknown }[] } }>(OFFERED, {
      v: SEMBULUNG,
    });
    expect(offered.data?.services.edges.map((e) => e.node)).toEqual([
      { slug: 'sktm', fee: 5000, slaHours: 4, office: 'Balai Desa Sembulung', offeredIn: SEMBULUNG },
    ]);
    // Without a village: the templates as the regency publishes them.
    const templates = await services.request<{ services: { edges: { node: { slug: string; fee: number } }[] } }>(
      OFFERED,
      {},
    );
    expect(templates.data?.services.edges.map((e) => e.node)).toEqual([
      { slug: 'sktm', fee: 0, slaHours: 8, office: 'Kantor Desa', offeredIn: null },
      { slug: 'sku', fee: 0, slaHours: 16, office: 'Kantor Desa', offeredIn: null },
    ]);
    // Benculuk has adopted nothing: the service is not offered there.
    const elsewhere = await services.request<{ service: unknown }>(ONE, { slug: 'sktm', v: BENCULUK });
    expect(elsewhere.data?.service).toBeNull();
  });

  it('refuses staff of another village, a district officer and a citizen: nothing written', async () => {
    const before = await rows(BENCULUK);
    for (const viewer of [await staffOf(SEMBULUNG), await districtOfficer('35.10.06')]) {
      const result = await services.request(ADOPT, { v: BENCULUK, s: sku.id }, viewer);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const citizen = await signUserToken(
      { userId: randomUUID(), roles: ['BUYER'] },
      { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' },
    );
    expect((await services.request(ADOPT, { v: BENCULUK, s: sku.id }, citizen)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(await rows(BENCULUK)).toEqual(before);
    // Nor may they change or withdraw Sembulung's adoption.
    const change = await services.request(UPDATE, { v: SEMBULUNG, s: sktm.id, o: { fee: 1 } }, await staffOf(BENCULUK));
    expect(change.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const withdraw = await services.request(WITHDRAW, { v: SEMBULUNG, s: sktm.id }, await staffOf(KEMIREN));
    expect(withdraw.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await rows(SEMBULUNG)).map((r) => [r.fee, r.active])).toEqual([[5000, true]]);
  });

  it('refuses an unknown village, an unpublished or missing template, and a second adoption', async () => {
    const admin = await regencyAdmin();
    const unknown = await services.request(ADOPT, { v: '35.10.06.2999', s: sku.id }, admin);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'villageCode' }],
    });
    const malformed = await services.request(ADOPT, { v: 'Sembulung', s: sku.id }, admin);
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'villageCode' }],
    });
    for (const id of [draft.id, randomUUID()]) {
      const result = await services.request(ADOPT, { v: BENCULUK, s: id }, admin);
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'serviceId' }],
      });
    }
    const twice = await services.request(ADOPT, { v: SEMBULUNG, s: sktm.id }, await staffOf(SEMBULUNG));
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const clash = await services.request(
      ADOPT,
      {
        v: BENCULUK,
        s: sktm.id,
        o: { extraFormFields: [{ key: 'nik', label: 'NIK lagi', type: 'TEXT', required: false }] },
      },
      admin,
    );
    expect(clash.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'overrides.extraFormFields.0.key' }],
    });
    const negative = await services.request(ADOPT, { v: BENCULUK, s: sku.id, o: { fee: -1 } }, admin);
    expect(negative.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'overrides.fee' }],
    });
    expect(await rows(BENCULUK)).toEqual([]);
  });

  it('adjusts (null goes back to the template), withdraws and re-adopts', async () => {
    const staff = await staffOf(SEMBULUNG);
    const changed = await services.request<{ updateVillageService: unknown }>(
      UPDATE,
      { v: SEMBULUNG, s: sktm.id, o: { fee: null, slaHours: 6 } },
      staff,
    );
    expect(changed.data?.updateVillageService).toEqual({
      fee: null,
      slaHours: 6,
      office: 'Balai Desa Sembulung',
      effective: { fee: 0, slaHours: 6, office: 'Balai Desa Sembulung' },
    });
    const withdrawn = await services.request<{ withdrawService: { active: boolean } }>(
      WITHDRAW,
      { v: SEMBULUNG, s: sktm.id },
      staff,
    );
    expect(withdrawn.data?.withdrawService).toEqual({ active: false });
    const offered = await services.request<{ services: { totalCount: number } }>(OFFERED, { v: SEMBULUNG });
    expect(offered.data?.services.totalCount).toBe(0);
    const listed = await services.request<{ villageServices: unknown[] }>(ADOPTIONS, { v: SEMBULUNG }, staff);
    expect(listed.data?.villageServices).toEqual([{ serviceId: sktm.id, active: false }]);
    const officer = await services.request<{ villageServices: unknown[] }>(
      ADOPTIONS,
      { v: SEMBULUNG },
      await districtOfficer('35.10.06'),
    );
    expect(officer.data?.villageServices).toHaveLength(1);
    const stranger = await services.request(ADOPTIONS, { v: SEMBULUNG }, await staffOf(KEMIREN));
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const back = await services.request<{ adoptService: { active: boolean; slaHours: number } }>(
      ADOPT,
      { v: SEMBULUNG, s: sktm.id },
      staff,
    );
    expect(back.data?.adoptService).toMatchObject({ active: true, slaHours: 6 });
  });
});

describe('templates and own services', () => {
  const INPUT = {
    name: 'Izin Keramaian Desa',
    summary: 'Izin acara',
    description: 'Izin keramaian untuk hajatan',
    requirements: [],
    steps: [],
    slaHours: 8,
    fee: 0,
    office: 'Kantor Desa Kemiren',
    openingHours: '',
    isLetter: true,
    formFields: [],
  };
  const CREATE = `mutation($slug: String!, $v: String, $input: ServiceInput!) {
    createService(slug: $slug, categoryCode: "PELAYANAN_PUBLIK", input: $input, villageCode: $v) { id villageCode active } }`;
  const PUBLISH = `mutation($id: ID!) { setServicePublished(id: $id, published: true) { active } }`;

  it('only the regency admin writes templates', async () => {
    const staff = await services.request(CREATE, { slug: 'template-x', input: INPUT }, await staffOf(KEMIREN));
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const edit = await services.request(PUBLISH, { id: draft.id }, await staffOf(KEMIREN));
    expect(edit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await services.request<{ createService: { villageCode: string | null } }>(
      CREATE,
      { slug: 'template-x', input: INPUT },
      await regencyAdmin(),
    );
    expect(admin.data?.createService).toMatchObject({ villageCode: null, active: false });
  });

  it('only templates need the camat: the regency sets it, a village service cannot, leaving it out keeps it', async () => {
    const cosign = { ...INPUT, name: 'Surat Keterangan Ahli Waris Uji', needsDistrictCosign: true };
    const byVillage = await services.request(
      CREATE,
      { slug: 'ahli-waris-kemiren', v: KEMIREN, input: cosign },
      await staffOf(KEMIREN),
    );
    expect(byVillage.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.needsDistrictCosign' }),
    ]);
    expect(await services.orm.em.fork().count(Service, { slug: 'ahli-waris-kemiren' })).toBe(0);
    const admin = await regencyAdmin();
    const created = await services.request<{ createService: { id: string } }>(
      CREATE,
      { slug: 'ahli-waris-template', input: cosign },
      admin,
    );
    const id = created.data!.createService.id;
    const UPDATE = `mutation($id: ID!, $input: ServiceInput!) { updateService(id: $id, input: $input) { needsDistrictCosign } }`;
    const kept = await services.request<{ updateService: { needsDistrictCosign: boolean } }>(
      UPDATE,
      { id, input: { ...INPUT, name: 'Surat Keterangan Ahli Waris Uji' } },
      admin,
    );
    expect(kept.data?.updateService.needsDistrictCosign).toBe(true);
    const cleared = await services.request<{ updateService: { needsDistrictCosign: boolean } }>(
      UPDATE,
      { id, input: { ...INPUT, needsDistrictCosign: false } },
      admin,
    );
    expect(cleared.data?.updateService.needsDistrictCosign).toBe(false);
  });

  it("a village's staff add its own service, offered there once published and nowhere else", async () => {
    const kemiren = await staffOf(KEMIREN);
    const created = await services.request<{ createService: { id: string; villageCode: string } }>(
      CREATE,
      { slug: 'izin-keramaian-kemiren', v: KEMIREN, input: INPUT },
      kemiren,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createService.id;
    expect(created.data?.createService.villageCode).toBe(KEMIREN);
    const other = await services.request(PUBLISH, { id }, await staffOf(SEMBULUNG));
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await services.request(PUBLISH, { id }, kemiren)).errors).toBeUndefined();
    const offered = await services.request<{ services: { edges: { node: { slug: string } }[] } }>(OFFERED, {
      v: KEMIREN,
    });
    expect(offered.data?.services.edges.map((e) => e.node.slug)).toEqual(['izin-keramaian-kemiren']);
    const templates = await services.request<{ services: { edges: { node: { slug: string } }[] } }>(OFFERED, {});
    expect(templates.data?.services.edges.map((e) => e.node.slug)).not.toContain('izin-keramaian-kemiren');
    const elsewhere = await services.request(
      CREATE,
      { slug: 'izin-keramaian-benculuk', v: BENCULUK, input: INPUT },
      kemiren,
    );
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const count = (await services.orm.em
      .getConnection()
      .execute(`select count(*)::int as n from "services"."services" where "slug" = 'izin-keramaian-benculuk'`)) as {
      n: number;
    }[];
    expect(count[0]!.n).toBe(0);
  });
});
