import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { signServiceToken } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Category } from '../categories/category.entity.js';
import type { ProductsEnv } from '../env.js';
import { subgraph } from '../index.js';
import { Product } from '../products/product.entity.js';
import { ProductVariant } from '../variants/variant.entity.js';

const JWT = { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' };
const SEARCH = `query($input: SearchInput) { search(input: $input) { totalCount engine nodes { title } pageInfo { hasNextPage endCursor }
  facets { category { value label count } village { value count } technique { value count } price { value count } inStock } } }`;
type Result = {
  search: {
    totalCount: number;
    engine: string;
    nodes: { title: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    facets: {
      category: { value: string; label: string; count: number }[];
      village: { value: string; count: number }[];
      technique: { value: string; count: number }[];
      price: { value: string; count: number }[];
      inStock: number;
    };
  };
};

let products: SubgraphUnderTest<ProductsEnv>;
const shopA = randomUUID();
const shopB = randomUUID();

async function seed() {
  const em = products.orm.em.fork();
  const batik = em.create(Category, { slug: 'batik', name: 'Batik', nameEn: 'Batik' });
  const kopi = em.create(Category, { slug: 'kopi', name: 'Kopi', nameEn: 'Coffee' });
  const rows: [string, Category, string, Record<string, string>, number, number, string][] = [
    [
      'Kain Batik Tulis Gajah Oling Katun Primisima',
      batik,
      shopA,
      { technique: 'tulis', motif: 'Gajah Oling' },
      650_000,
      3,
      'Sembulung',
    ],
    [
      'Kain Batik Cap Kangkung Setingkes',
      batik,
      shopA,
      { technique: 'cap', motif: 'Kangkung Setingkes' },
      225_000,
      0,
      'Sembulung',
    ],
    [
      'Kemeja Batik Printing Moto Pitik',
      batik,
      shopB,
      { technique: 'printing', motif: 'Moto Pitik' },
      95_000,
      10,
      'Kemiren',
    ],
    ['Kopi Osing Kemiren Bubuk', kopi, shopB, { unit: '250 g' }, 45_000, 20, 'Kemiren'],
    ['Kopi Robusta Gombengsari Biji Sangrai', kopi, shopB, { unit: '250 g' }, 55_000, 5, 'Kemiren'],
  ];
  /** The seed shops' villages: Sembulung in Cluring (35.10.06), Kemiren in Glagah (35.10.15). */
  const codeOf: Record<string, string> = { Sembulung: '35.10.06.2003', Kemiren: '35.10.15.2004' };
  rows.forEach(([title, category, sellerId, attributes, price, stock, village], i) => {
    const product = em.create(Product, {
      slug: `p-${i}-${randomUUID().slice(0, 6)}`,
      title,
      description: `${title}, khas Banyuwangi.`,
      category,
      sellerId,
      ownerUserId: randomUUID(),
      status: 'ACTIVE',
      attributes,
      sellerVisible: true,
      sellerVillage: village,
      sellerVillageCode: codeOf[village]!,
      createdAt: new Date(Date.UTC(2026, 0, 1 + i)),
    });
    em.create(ProductVariant, {
      product,
      sku: `S-${i}-${randomUUID().slice(0, 6)}`,
      name: 'Satu',
      price,
      stock,
      weightGrams: 300,
    });
  });
  await em.flush();
}

const search = async (input: Record<string, unknown>) => {
  const result = await products.request<Result>(SEARCH, { input });
  expect(result.errors).toBeUndefined();
  return result.data!.search;
};

beforeAll(async () => {
  products = await startSubgraphForTest(subgraph, inject('databaseUrl'), { SELLERS_URL: 'http://127.0.0.1:1/graphql' });
  await seed();
});
afterAll(() => products?.close());

describe('PostgreSQL search', () => {
  it('forgives typos and finds prefixes', async () => {
    expect((await search({ text: 'batk gajah olin' })).nodes[0]?.title).toBe(
      'Kain Batik Tulis Gajah Oling Katun Primisima',
    );
    expect((await search({ text: 'kopi osing' })).nodes[0]?.title).toBe('Kopi Osing Kemiren Bubuk');
    expect((await search({ text: 'kangkng' })).nodes.map((n) => n.title)).toEqual([
      'Kain Batik Cap Kangkung Setingkes',
    ]);
    expect((await search({ text: 'gombeng' })).nodes.map((n) => n.title)).toEqual([
      'Kopi Robusta Gombengsari Biji Sangrai',
    ]);
    expect((await search({ text: 'durian' })).totalCount).toBe(0);
  });

  it('falls back to the best partial matches when one word matches nothing, most words first', async () => {
    const partial = await search({ text: 'kopi osing durian' });
    expect(partial.nodes.map((n) => n.title)).toEqual([
      'Kopi Osing Kemiren Bubuk',
      'Kopi Robusta Gombengsari Biji Sangrai',
    ]);
    expect(partial.totalCount).toBe(2);
    expect(partial.facets.category).toEqual([{ value: 'kopi', label: 'Kopi', count: 2 }]);
    // The unknown word first: any word may be the one dropped, not only the last.
    expect((await search({ text: 'durian gajah oling' })).nodes[0]?.title).toBe(
      'Kain Batik Tulis Gajah Oling Katun Primisima',
    );
    // Filters and paging hold for the fallback.
    const filtered = await search({ text: 'batik gajah merah', village: 'Kemiren', first: 1 });
    expect(filtered.totalCount).toBe(1);
    expect(filtered.nodes.map((n) => n.title)).toEqual(['Kemeja Batik Printing Moto Pitik']);
    expect(filtered.pageInfo.hasNextPage).toBe(false);
    // Nothing is invented when no word matches.
    expect((await search({ text: 'durian rambutan' })).totalCount).toBe(0);
  });

  it('corrects short misspelt words too', async () => {
    // "kpi" is too far from "kopi" for the ordinary trigram threshold (similarity 0.25).
    expect((await search({ text: 'kpi', sort: 'PRICE_ASC' })).nodes.map((n) => n.title)).toEqual([
      'Kopi Osing Kemiren Bubuk',
      'Kopi Robusta Gombengsari Biji Sangrai',
    ]);
    expect((await search({ text: 'kpi osing' })).nodes[0]?.title).toBe('Kopi Osing Kemiren Bubuk');
    expect((await search({ text: 'kopu osng bubk' })).nodes[0]?.title).toBe('Kopi Osing Kemiren Bubuk');
  });

  it('filters and counts facets over the matches', async () => {
    const all = await search({});
    expect(all.engine).toBe('postgres');
    expect(all.totalCount).toBe(5);
    expect(all.facets.category).toEqual([
      { value: 'batik', label: 'Batik', count: 3 },
      { value: 'kopi', label: 'Kopi', count: 2 },
    ]);
    expect(all.facets.village).toEqual([
      { value: 'Kemiren', count: 3 },
      { value: 'Sembulung', count: 2 },
    ]);
    expect(all.facets.inStock).toBe(4);
    expect(all.facets.price.map((p) => p.value)).toEqual(['0-100000', '100000-250000', '500000-1000000']);
    const tulis = await search({ technique: 'tulis' });
    expect(tulis.nodes.map((n) => n.title)).toEqual(['Kain Batik Tulis Gajah Oling Katun Primisima']);
    const cheapInStock = await search({ priceMax: 100_000, inStock: true, sort: 'PRICE_ASC' });
    expect(cheapInStock.nodes.map((n) => n.title)).toEqual([
      'Kopi Osing Kemiren Bubuk',
      'Kopi Robusta Gombengsari Biji Sangrai',
      'Kemeja Batik Printing Moto Pitik',
    ]);
    expect((await search({ village: 'Sembulung', categorySlug: 'batik' })).totalCount).toBe(2);
  });

  it('filters by the village and by the district (kecamatan) of the shop, by Kemendagri code', async () => {
    const kemiren = await search({ villageCode: '35.10.15.2004', sort: 'NEWEST' });
    expect(kemiren.nodes.map((n) => n.title)).toEqual([
      'Kopi Robusta Gombengsari Biji Sangrai',
      'Kopi Osing Kemiren Bubuk',
      'Kemeja Batik Printing Moto Pitik',
    ]);
    expect(kemiren.facets.village).toEqual([{ value: 'Kemiren', count: 3 }]);
    const cluring = await search({ districtCode: '35.10.06', text: 'batik' });
    expect(cluring.nodes.map((n) => n.title).sort()).toEqual([
      'Kain Batik Cap Kangkung Setingkes',
      'Kain Batik Tulis Gajah Oling Katun Primisima',
    ]);
    // a district is a whole code segment: 35.10.1 is no prefix of 35.10.15's villages
    expect((await search({ districtCode: '35.10.15', villageCode: '35.10.06.2003' })).totalCount).toBe(0);
    expect((await search({ districtCode: '35.10.01' })).totalCount).toBe(0);
    const bad = await products.request(SEARCH, {
      input: { districtCode: '35.10.1', villageCode: "35.10.06.2003' or 1=1" },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((bad.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field).sort()).toEqual([
      'districtCode',
      'villageCode',
    ]);
  });

  it('pages with first and after', async () => {
    const first = await search({ first: 2, sort: 'NEWEST' });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search({ first: 2, sort: 'NEWEST', after: first.pageInfo.endCursor });
    const third = await search({ first: 2, sort: 'NEWEST', after: second.pageInfo.endCursor });
    const titles = [...first.nodes, ...second.nodes, ...third.nodes].map((n) => n.title);
    expect(new Set(titles).size).toBe(5);
    expect(third.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses bad input naming the field', async () => {
    const result = await products.request(SEARCH, { input: { priceMin: 500, priceMax: 100 } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'priceMax' }] });
  });

  it("hides a shop's products from search and listings at once when it is suspended", async () => {
    const service = await signServiceToken('sellers', JWT);
    const set =
      'mutation($id: ID!, $s: VerificationStatus!, $v: Int!) { internalSetSellerStatus(sellerId: $id, ownerUserId: $id, status: $s, village: "Kemiren", villageCode: "35.10.15.2004", version: $v) }';
    expect((await products.request(set, { id: shopB, s: 'SUSPENDED', v: 1 }, service)).errors).toBeUndefined();
    expect((await search({})).totalCount).toBe(2);
    const listed = await products.request<{ products: { totalCount: number } }>('{ products { totalCount } }');
    expect(listed.data?.products.totalCount).toBe(2);
    await products.request(set, { id: shopB, s: 'VERIFIED', v: 2 }, service);
    expect((await search({})).totalCount).toBe(5);
    const asUser = await products.request(set, { id: shopB, s: 'SUSPENDED', v: 3 });
    expect(asUser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
