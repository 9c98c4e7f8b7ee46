import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { signUserToken, UserInputError } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { Service, ServiceCategory, subgraph } from '../index.js';

type Named = { slug: string; name: string };
type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Named }[];
};

const SERVICES =
  'query($code: String, $first: Int, $after: String) { services(categoryCode: $code, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { slug name } } } }';
const SERVICE =
  'query($slug: String!) { service(slug: $slug) { slug active category { code } formFields { key type required options } } }';
const FEATURED = 'query($limit: Int) { featuredServices(limit: $limit) { slug } }';

let services: SubgraphUnderTest<never>;
const ids: Record<string, string> = {};

const staffToken = () =>
  signUserToken(
    { userId: randomUUID(), roles: ['STAFF'] },
    { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' },
  );

async function seedCatalogue() {
  const em = services.orm.em.fork();
  const ekonomi = em.create(ServiceCategory, { code: 'EKONOMI', name: 'Pemberdayaan Ekonomi', position: 2 });
  const pelayanan = em.create(ServiceCategory, {
    code: 'PELAYANAN_PUBLIK',
    name: 'Pelayanan Publik Terintegrasi',
    position: 1,
  });
  em.create(ServiceCategory, { code: 'KESEHATAN', name: 'Pelayanan Kesehatan', position: 3 });
  const service = (slug: string, name: string, category: ServiceCategory, extra: Partial<Service> = {}) => {
    const created = em.create(Service, {
      slug,
      name,
      category,
      summary: `${name}.`,
      description: `${name}, dilayani di kantor desa.`,
      slaHours: 8,
      office: 'Kantor Desa Kemiren',
      ...extra,
    });
    ids[slug] = created.id;
  };
  service('surat-keterangan-tidak-mampu', 'Surat Keterangan Tidak Mampu', pelayanan, {
    featured: true,
    isLetter: true,
    requirements: ['KTP-el', 'KK', 'Surat pengantar RT/RW'],
    formFields: [
      { key: 'nik', label: 'NIK', type: 'NIK', required: true },
      { key: 'purpose', label: 'Keperluan', type: 'CHOICE', required: true, options: ['Sekolah', 'Rumah sakit'] },
    ],
  });
  service('surat-keterangan-domisili', 'Surat Keterangan Domisili', pelayanan, { featured: true, isLetter: true });
  service('pengantar-skck', 'Pengantar SKCK', pelayanan, { featured: true, isLetter: true });
  service('surat-keterangan-ahli-waris', 'Surat Keterangan Ahli Waris', pelayanan, {
    slaHours: 168,
    active: false,
    featured: true,
  });
  service('surat-keterangan-usaha', 'Surat Keterangan Usaha', ekonomi, { featured: true, isLetter: true });
  service('bantuan-nib', 'Bantuan Pengurusan NIB', ekonomi, { slaHours: 72 });
  await em.flush();
}

beforeAll(async () => {
  services = (await startSubgraphForTest(subgraph, inject('databaseUrl'))) as never;
  await seedCatalogue();
});
afterAll(() => services?.close());
afterEach(() => vi.restoreAllMocks());

describe('catalogue', () => {
  it('lists the categories in their order, each with its active services by name', async () => {
    const result = await services.request<{ serviceCategories: { code: string; services: { slug: string }[] }[] }>(
      '{ serviceCategories { code services { slug } } }',
    );
    expect(result.data?.serviceCategories).toEqual([
      {
        code: 'PELAYANAN_PUBLIK',
        services: [
          { slug: 'pengantar-skck' },
          { slug: 'surat-keterangan-domisili' },
          { slug: 'surat-keterangan-tidak-mampu' },
        ],
      },
      { code: 'EKONOMI', services: [{ slug: 'bantuan-nib' }, { slug: 'surat-keterangan-usaha' }] },
      { code: 'KESEHATAN', services: [] },
    ]);
  });

  it('lists the active services of one category, and none of an unknown one', async () => {
    const result = await services.request<{ services: Page }>(SERVICES, { code: 'ekonomi' });
    expect(result.data?.services.totalCount).toBe(2);
    expect(result.data?.services.edges.map((e) => e.node.slug)).toEqual(['bantuan-nib', 'surat-keterangan-usaha']);
    const unknown = await services.request<{ services: Page }>(SERVICES, { code: 'PARIWISATA' });
    expect(unknown.data?.services).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('pages through every active service once, by name', async () => {
    const names: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const result: { data?: { services: Page } } = await services.request<{ services: Page }>(SERVICES, {
        first: 2,
        after,
      });
      expect(result.data?.services.totalCount).toBe(5);
      expect(result.data?.services.pageInfo.hasNextPage).toBe(page < 2);
      names.push(...result.data!.services.edges.map((e) => e.node.name));
      after = result.data!.services.pageInfo.endCursor;
    }
    expect(names).toHaveLength(5);
    expect(names).toEqual([...names].sort());
  });

  it('hides an inactive service from the public, but not from staff', async () => {
    const slug = 'surat-keterangan-ahli-waris';
    const anonymous = await services.request<{ service: unknown }>(SERVICE, { slug });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.service).toBeNull();
    const listed = await services.request<{ services: Page }>(SERVICES, { first: 100 });
    expect(listed.data?.services.edges.map((e) => e.node.slug)).not.toContain(slug);
    const staff = await services.request<{ service: { active: boolean } }>(SERVICE, { slug }, await staffToken());
    expect(staff.data?.service).toMatchObject({ slug, active: false, category: { code: 'PELAYANAN_PUBLIK' } });
  });

  it('shows a service with its form', async () => {
    const result = await services.request<{ service: unknown }>(SERVICE, { slug: 'surat-keterangan-tidak-mampu' });
    expect(result.data?.service).toMatchObject({
      active: true,
      formFields: [
        { key: 'nik', type: 'NIK', required: true, options: null },
        { key: 'purpose', type: 'CHOICE', required: true, options: ['Sekolah', 'Rumah sakit'] },
      ],
    });
  });

  it('refuses a form with a choice field without options', async () => {
    const em = services.orm.em.fork();
    const category = await em.findOneOrFail(ServiceCategory, { code: 'KESEHATAN' });
    em.create(Service, {
      slug: 'posyandu',
      name: 'Posyandu',
      category,
      summary: '-',
      description: '-',
      slaHours: 8,
      office: 'Polindes',
      formFields: [{ key: 'child', label: 'Anak', type: 'CHOICE', required: true }],
    });
    const error = await em.flush().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserInputError);
    expect((error as UserInputError).fields[0]?.field).toBe('formFields.0.options');
  });
});

describe('featured services', () => {
  it('returns up to 6 active featured services by default, or the limit asked for', async () => {
    const all = await services.request<{ featuredServices: { slug: string }[] }>(FEATURED);
    expect(all.data?.featuredServices.map((s) => s.slug)).toEqual([
      'pengantar-skck',
      'surat-keterangan-domisili',
      'surat-keterangan-tidak-mampu',
      'surat-keterangan-usaha',
    ]);
    const two = await services.request<{ featuredServices: unknown[] }>(FEATURED, { limit: 2 });
    expect(two.data?.featuredServices).toHaveLength(2);
  });

  it.each([0, 21])('rejects limit %i with a bilingual message', async (limit) => {
    const result = await services.request(FEATURED, { limit });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'limit', message: 'Jumlah harus 1–20', messageEn: 'Limit must be between 1 and 20' }],
    });
  });

  it('rejects a slug or category code that is too long', async () => {
    const slug = await services.request(SERVICE, { slug: 'a'.repeat(121) });
    expect(slug.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'slug', messageEn: 'Slug may have at most 120 characters' }],
    });
    const code = await services.request(SERVICES, { code: 'A'.repeat(41) });
    expect(code.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'categoryCode' }] });
  });
});

describe('Service references', () => {
  it('resolves several ids in the order asked, with one query', async () => {
    const slugs = ['surat-keterangan-usaha', 'pengantar-skck', 'surat-keterangan-ahli-waris', 'bantuan-nib'];
    const find = vi.spyOn(Object.getPrototypeOf(services.orm.em), 'find');
    const result = await services.request<{ _entities: ({ slug: string } | null)[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Service { slug } } }',
      { r: slugs.map((slug) => ({ __typename: 'Service', id: ids[slug] })) },
    );
    expect(result.data?._entities).toEqual([
      { slug: 'surat-keterangan-usaha' },
      { slug: 'pengantar-skck' },
      null,
      { slug: 'bantuan-nib' },
    ]);
    expect(find.mock.calls.filter(([entity]) => entity === Service)).toHaveLength(1);
  });
});
