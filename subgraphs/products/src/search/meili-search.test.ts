import {
  startFakeMeilisearch,
  startSubgraphForTest,
  TEST_JWT_SECRET,
  type FakeMeili,
  type SubgraphUnderTest,
} from '@kampung/devtools';
import { signUserToken } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Category } from '../categories/category.entity.js';
import type { ProductsEnv } from '../env.js';
import { subgraph } from '../index.js';
import { Product } from '../products/product.entity.js';
import { ProductVariant } from '../variants/variant.entity.js';
import { MeiliSearchIndex } from './meili-search.js';

const JWT = { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' };
let fake: FakeMeili;
let products: SubgraphUnderTest<ProductsEnv>;

async function eventually(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  fake = await startFakeMeilisearch();
  products = await startSubgraphForTest(subgraph, inject('databaseUrl'), {
    MEILI_HOST: fake.url,
    MEILI_API_KEY: 'kunci-uji',
    SELLERS_URL: 'http://127.0.0.1:1/graphql',
    LOG_LEVEL: 'fatal',
  });
});
afterAll(async () => {
  await products?.close();
  await fake?.close();
});

describe('Meilisearch adapter (real client, fake server)', () => {
  it('creates the index with searchable, filterable and sortable attributes, typo tolerance and synonyms', async () => {
    await eventually(() => fake.requests.some((r) => r.path === '/indexes/products/settings'));
    expect(fake.requests.find((r) => r.path === '/indexes')?.body).toEqual({ uid: 'products', primaryKey: 'id' });
    expect(fake.requests[0]?.authorization).toBe('Bearer kunci-uji');
    expect(fake.settings).toMatchObject({
      searchableAttributes: expect.arrayContaining(['title', 'motif', 'description']),
      filterableAttributes: expect.arrayContaining([
        'categorySlug',
        'village',
        'villageCode',
        'districtCode',
        'sellerId',
        'technique',
        'price',
        'inStock',
      ]),
      sortableAttributes: ['price', 'createdAt'],
      typoTolerance: { enabled: true },
      synonyms: expect.objectContaining({ 'batik tulis': ['tulis'], tulis: ['batik tulis'] }),
    });
  });

  it('sends filters and facets, and maps hits and facet counts', async () => {
    const index = new MeiliSearchIndex(fake.url, 'kunci-uji', 'products');
    const base = {
      description: '',
      motif: null,
      attributes: [],
      sellerId: randomUUID(),
      stock: 1,
      inStock: true,
      createdAt: 1,
    };
    await index.upsert([
      {
        ...base,
        id: 'a',
        title: 'Batik Tulis Gajah Oling',
        technique: 'tulis',
        categorySlug: 'batik',
        categoryName: 'Batik',
        village: 'Sembulung',
        villageCode: '35.10.06.2003',
        districtCode: '35.10.06',
        price: 650_000,
      },
      {
        ...base,
        id: 'b',
        title: 'Batik Cap Moto Pitik',
        technique: 'cap',
        categorySlug: 'batik',
        categoryName: 'Batik',
        village: 'Kemiren',
        villageCode: '35.10.15.2004',
        districtCode: '35.10.15',
        price: 200_000,
      },
    ]);
    const hits = await index.search({
      text: 'batik',
      technique: 'tulis',
      village: 'Sembulung',
      priceMax: 1_000_000,
      inStock: true,
      sort: 'PRICE_ASC',
      limit: 10,
      offset: 0,
    });
    expect(hits.ids).toEqual(['a']);
    expect(hits.facets.technique).toEqual([{ value: 'tulis', label: 'tulis', count: 1 }]);
    expect(hits.facets.price).toEqual([{ value: '500000-1000000', label: '500000-1000000', count: 1 }]);
    const sent = fake.requests.filter((r) => r.path === '/indexes/products/search').at(0)?.body as Record<
      string,
      unknown
    >;
    expect(sent).toMatchObject({
      q: 'batik',
      limit: 10,
      offset: 0,
      sort: ['price:asc'],
      filter: ['village = "Sembulung"', 'technique = "tulis"', 'price <= 1000000', 'inStock = true'],
      facets: ['categorySlug', 'village', 'technique', 'inStock'],
      // One unmatched word does not empty the result: words are dropped from the end.
      matchingStrategy: 'last',
    });
    // by the shop's village and district codes (filterable attributes of the index)
    const byCode = async (query: { villageCode?: string; districtCode?: string }) =>
      (await index.search({ ...query, sort: 'RELEVANCE', limit: 10, offset: 0 })).ids;
    expect(await byCode({ districtCode: '35.10.15' })).toEqual(['b']);
    expect(await byCode({ villageCode: '35.10.06.2003' })).toEqual(['a']);
    expect(await byCode({ districtCode: '35.10.06', villageCode: '35.10.15.2004' })).toEqual([]);
    const filters = fake.requests
      .filter((r) => r.path === '/indexes/products/search')
      .map((r) => (r.body as { filter?: string[] }).filter);
    expect(filters).toContainEqual(['villageCode = "35.10.15.2004"', 'districtCode = "35.10.06"']);
    await index.remove(['a', 'b']);
    expect(fake.documents.has('a')).toBe(false);
  });
});

describe('search outbox', () => {
  it('writes committed changes to the index, and keeps them while the index is down', async () => {
    const owner = randomUUID();
    const em = products.orm.em.fork();
    const category = em.create(Category, { slug: 'batik', name: 'Batik', nameEn: 'Batik' });
    const product = em.create(Product, {
      slug: `gedegan-${randomUUID().slice(0, 6)}`,
      title: 'Kain Batik Gedegan',
      description: 'Batik',
      category,
      sellerId: randomUUID(),
      ownerUserId: owner,
      status: 'ACTIVE',
      attributes: { technique: 'tulis' },
      sellerVisible: true,
      sellerVillage: 'Kemiren',
      sellerVillageCode: '35.10.15.2004',
    });
    em.create(ProductVariant, {
      product,
      sku: `GDG-${randomUUID().slice(0, 6)}`,
      name: 'Kain',
      price: 400_000,
      stock: 2,
      weightGrams: 300,
    });
    await em.flush();
    const token = await signUserToken({ userId: owner, roles: ['SELLER'] }, JWT);
    const update = 'mutation($id: ID!, $t: String!) { updateProduct(id: $id, input: { title: $t }) { id } }';

    await products.request(update, { id: product.id, t: 'Kain Batik Gedegan Pewarna Alam' }, token);
    await eventually(() => fake.documents.get(product.id)?.title === 'Kain Batik Gedegan Pewarna Alam');
    expect(fake.documents.get(product.id)).toMatchObject({
      price: 400_000,
      inStock: true,
      village: 'Kemiren',
      villageCode: '35.10.15.2004',
      districtCode: '35.10.15',
      technique: 'tulis',
    });

    fake.down = true;
    await products.request(update, { id: product.id, t: 'Kain Batik Gedegan Sutra' }, token);
    await new Promise((r) => setTimeout(r, 1500));
    const pending = await products.orm.em
      .fork()
      .execute<{ count: string }[]>('select count(*) from products.search_outbox where attempts > 0');
    expect(Number(pending[0]?.count)).toBeGreaterThan(0);
    fake.down = false;
    await eventually(() => fake.documents.get(product.id)?.title === 'Kain Batik Gedegan Sutra', 15_000);

    await products.request('mutation($id: ID!) { archiveProduct(id: $id) { id } }', { id: product.id }, token);
    await eventually(() => !fake.documents.has(product.id));
    const search = await products.request<{ search: { engine: string } }>(
      '{ search(input: { text: "gedegan" }) { engine } }',
    );
    expect(search.data?.search.engine).toBe('meilisearch');
  }, 30_000);
});
