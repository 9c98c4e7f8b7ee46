import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { signServiceToken, signUserToken, type Role } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Category } from '../categories/category.entity.js';
import type { ProductsEnv } from '../env.js';
import { subgraph } from '../index.js';
import { Product } from './product.entity.js';

const JWT = { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' };
const PRODUCT_FIELDS =
  'id slug title status imageUrl priceFrom totalStock attributes { name value } category { slug } seller { id } variants { id sku price stock options { name value } }';
const CREATE = `mutation($input: CreateProductInput!) { createProduct(input: $input) { ${PRODUCT_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { ${PRODUCT_FIELDS} } }`;
const BY_SLUG = `query($slug: String!) { product(slug: $slug) { ${PRODUCT_FIELDS} } }`;

interface ProductData {
  id: string;
  slug: string;
  title: string;
  status: string;
  imageUrl: string | null;
  priceFrom: number;
  totalStock: number;
  attributes: { name: string; value: string }[];
  category: { slug: string };
  seller: { id: string };
  variants: { id: string; sku: string; price: number; stock: number; options: { name: string; value: string }[] }[];
}
type Fields = { code: string; fields: { field: string; message: string; messageEn: string }[] };

interface Shop {
  token: string;
  userId: string;
  shopId: string;
}

let products: SubgraphUnderTest<ProductsEnv>;
let alice: Shop;
let bima: Shop;
let skuCounter = 0;

const tokenFor = (userId: string, roles: Role[] = ['BUYER']) => signUserToken({ userId, roles }, JWT);
const nextSku = () => `SKU-${++skuCounter}-${randomUUID().slice(0, 6).toUpperCase()}`;

let version = 0;
/** A verified shop, as sellers' status outbox would tell products (through products' own internal API). */
async function openShop(): Promise<Shop> {
  const userId = randomUUID();
  const shopId = randomUUID();
  const told = await products.request(
    'mutation($s: ID!, $o: ID!, $v: Int!) { internalSetSellerStatus(sellerId: $s, ownerUserId: $o, status: VERIFIED, village: "Sembulung", villageCode: "35.10.06.2003", version: $v) }',
    { s: shopId, o: userId, v: ++version },
    await signServiceToken('sellers', JWT),
  );
  expect(told.errors).toBeUndefined();
  return { token: await tokenFor(userId, ['BUYER', 'SELLER']), userId, shopId };
}

const productInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Kain Batik Tulis Gajah Oling',
  description: 'Dicanting tangan di atas katun primisima.',
  categorySlug: 'batik',
  attributes: [
    { name: 'technique', value: 'tulis' },
    { name: 'motif', value: 'Gajah Oling' },
  ],
  status: 'ACTIVE',
  variants: [
    {
      sku: nextSku(),
      name: 'Merah Marun',
      options: [{ name: 'Warna', value: 'Merah Marun' }],
      price: 650_000,
      stock: 4,
      weightGrams: 300,
    },
    {
      sku: nextSku(),
      name: 'Biru Dongker',
      options: [{ name: 'Warna', value: 'Biru Dongker' }],
      price: 675_000,
      stock: 0,
      weightGrams: 300,
    },
  ],
  ...overrides,
});

async function create(shop: Shop, overrides: Record<string, unknown> = {}): Promise<ProductData> {
  const result = await products.request<{ createProduct: ProductData }>(
    CREATE,
    { input: productInput(overrides) },
    shop.token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createProduct;
}

const readBack = async (slug: string, token = alice.token) =>
  (await products.request<{ product: ProductData | null }>(BY_SLUG, { slug }, token)).data?.product;
const productCount = () => products.orm.em.fork().count(Product, {});

beforeAll(async () => {
  products = await startSubgraphForTest(subgraph, inject('databaseUrl'));
  const em = products.orm.em.fork();
  em.create(Category, { slug: 'batik', name: 'Batik', nameEn: 'Batik', position: 1 });
  em.create(Category, { slug: 'kopi', name: 'Kopi', nameEn: 'Coffee', position: 2 });
  em.create(Category, { slug: 'hasil-tani', name: 'Hasil Tani', nameEn: 'Farm produce', position: 0 });
  await em.flush();
  alice = await openShop();
  bima = await openShop();
});
afterAll(async () => {
  await products?.close();
});

describe('createProduct', () => {
  it("lists a product in the caller's shop with its variants, as pairs and integer rupiah", async () => {
    const product = await create(alice, {
      variants: [
        {
          sku: 'smb-go-01',
          name: 'Merah',
          options: [{ name: 'Warna', value: 'Merah' }],
          price: 650_000,
          stock: 4,
          weightGrams: 300,
        },
        { sku: 'SMB-GO-02', name: 'Biru', options: [], price: 600_000, stock: 3, weightGrams: 300 },
      ],
    });
    expect(product).toMatchObject({
      slug: 'kain-batik-tulis-gajah-oling',
      status: 'ACTIVE',
      imageUrl: null,
      priceFrom: 600_000,
      totalStock: 7,
      attributes: [
        { name: 'motif', value: 'Gajah Oling' },
        { name: 'technique', value: 'tulis' },
      ],
      category: { slug: 'batik' },
      seller: { id: alice.shopId },
    });
    expect(product.variants.map((v) => [v.sku, v.price, v.stock])).toEqual([
      ['SMB-GO-01', 650_000, 4],
      ['SMB-GO-02', 600_000, 3],
    ]);

    const again = await create(alice);
    expect(again.slug).toBe('kain-batik-tulis-gajah-oling-2');
  });

  it('keeps a new product as a draft unless told otherwise', async () => {
    const draft = await create(alice, { status: undefined });
    expect(draft.status).toBe('DRAFT');
  });

  it('needs a signed-in user with a shop', async () => {
    const anonymous = await products.request(CREATE, { input: productInput() });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const noShop = await products.request(CREATE, { input: productInput() }, await tokenFor(randomUUID()));
    expect(noShop.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      messageEn: 'You have no shop yet. Register a shop first',
    });
  });

  it('names every invalid field by its path, in Indonesian and English, and saves nothing', async () => {
    const before = await productCount();
    const sku = nextSku();
    const bad = await products.request(
      CREATE,
      {
        input: productInput({
          title: 'ab',
          imageUrl: 'ftp://example.com/a.jpg',
          variants: [
            { sku, name: 'A', options: [], price: -1, stock: 2_000_000, weightGrams: 0 },
            { sku: sku.toLowerCase(), name: 'B', options: [], price: 1_000_000_001, stock: 1, weightGrams: 100 },
          ],
        }),
      },
      alice.token,
    );
    const extensions = bad.errors?.[0]?.extensions as Fields;
    expect(extensions.code).toBe('BAD_USER_INPUT');
    expect(extensions.fields.map((f) => f.field).sort()).toEqual([
      'imageUrl',
      'title',
      'variants.0.price',
      'variants.0.stock',
      'variants.0.weightGrams',
      'variants.1.price',
      'variants.1.sku',
    ]);
    expect(extensions.fields.find((f) => f.field === 'variants.0.price')).toEqual({
      field: 'variants.0.price',
      message: 'Harga harus bilangan bulat rupiah 0–1.000.000.000',
      messageEn: 'Price must be whole rupiah from 0 to 1,000,000,000',
    });
    expect(await productCount()).toBe(before);
  });

  it('refuses an unknown category and a SKU of another product, saving nothing', async () => {
    const existing = await create(bima, { categorySlug: 'kopi' });
    const before = await productCount();

    const unknown = await products.request(
      CREATE,
      { input: productInput({ categorySlug: 'elektronik' }) },
      alice.token,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'categorySlug', messageEn: 'Category not found' }],
    });

    const input = productInput();
    const clash = await products.request(
      CREATE,
      { input: { ...input, variants: [input.variants[0], { ...input.variants[1], sku: existing.variants[0]!.sku }] } },
      alice.token,
    );
    expect(clash.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'variants.1.sku' }],
    });

    expect(await productCount()).toBe(before);
  });

  it('checks attributes with a fixed form: batik technique and harvest date', async () => {
    const result = await products.request(
      CREATE,
      {
        input: productInput({
          attributes: [
            { name: 'technique', value: 'lukis' },
            { name: 'harvestDate', value: '31/12/2026' },
          ],
        }),
      },
      alice.token,
    );
    expect((result.errors?.[0]?.extensions as Fields).fields.map((f) => f.field)).toEqual([
      'attributes.0.value',
      'attributes.1.value',
    ]);
    expect((result.errors?.[0]?.extensions as Fields).fields[0]?.messageEn).toBe(
      'Batik technique: tulis, cap, printing or kombinasi',
    );
  });

  it('needs 1 to 20 variants', async () => {
    const none = await products.request(CREATE, { input: productInput({ variants: [] }) }, alice.token);
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'variants' }] });
  });
});

describe('updateProduct', () => {
  it('lets the owner change fields and replace the variants, matched by sku', async () => {
    const product = await create(alice, { title: 'Kemeja Batik Cap Kangkung Setingkes' });
    const [first, second] = product.variants;
    const added = nextSku();
    const result = await products.request<{ updateProduct: ProductData }>(
      UPDATE,
      {
        id: product.id,
        input: {
          title: 'Kemeja Batik Cap Kangkung Setingkes Lengan Panjang',
          attributes: [{ name: 'technique', value: 'cap' }],
          imageUrl: 'https://cdn.kampung.test/kemeja.jpg',
          variants: [
            {
              sku: added,
              name: 'XL',
              options: [{ name: 'Ukuran', value: 'XL' }],
              price: 250_000,
              stock: 5,
              weightGrams: 250,
            },
            {
              sku: first!.sku,
              name: 'L',
              options: [{ name: 'Ukuran', value: 'L' }],
              price: 240_000,
              stock: 1,
              weightGrams: 250,
            },
          ],
        },
      },
      alice.token,
    );
    expect(result.errors).toBeUndefined();
    const updated = result.data!.updateProduct;
    expect(updated).toMatchObject({
      slug: product.slug,
      title: 'Kemeja Batik Cap Kangkung Setingkes Lengan Panjang',
      attributes: [{ name: 'technique', value: 'cap' }],
      imageUrl: 'https://cdn.kampung.test/kemeja.jpg',
      priceFrom: 240_000,
      totalStock: 6,
    });
    expect(updated.variants.map((v) => v.sku)).toEqual([added, first!.sku]);
    expect(updated.variants[1]!.id).toBe(first!.id);
    expect(updated.variants.map((v) => v.sku)).not.toContain(second!.sku);

    const cleared = await products.request<{ updateProduct: ProductData }>(
      UPDATE,
      { id: product.id, input: { imageUrl: null } },
      alice.token,
    );
    expect(cleared.data?.updateProduct).toMatchObject({ imageUrl: null, title: updated.title });
  });

  it('keeps a stock change made through the product form in the stock history', async () => {
    const product = await create(alice);
    const [variant] = product.variants;
    const input = {
      variants: product.variants.map((v) => ({
        sku: v.sku,
        name: `Varian ${v.sku}`,
        options: [],
        price: v.price,
        stock: v.sku === variant!.sku ? v.stock + 7 : v.stock,
        weightGrams: 300,
      })),
    };
    const result = await products.request(UPDATE, { id: product.id, input }, alice.token);
    expect(result.errors).toBeUndefined();
    const history = await products.orm.em
      .fork()
      .getConnection()
      .execute('select delta, resulting_stock, user_id from products.stock_adjustments where variant_id = ?', [
        variant!.id,
      ]);
    expect(history).toEqual([{ delta: 7, resulting_stock: variant!.stock + 7, user_id: alice.userId }]);
  });

  it('refuses anyone but the owner, staff included, and changes nothing', async () => {
    const product = await create(alice, { title: 'Syal Batik Sutra Sekar Jagad' });
    const input = {
      title: 'Dibajak',
      variants: [{ sku: nextSku(), name: 'X', options: [], price: 1, stock: 1, weightGrams: 1 }],
    };
    const other = await products.request(UPDATE, { id: product.id, input }, bima.token);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const staff = await products.request(
      UPDATE,
      { id: product.id, input },
      await tokenFor(randomUUID(), ['STAFF', 'ADMIN']),
    );
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await readBack(product.slug)).toEqual(product);
  });

  it('changes nothing when any part of the update is refused', async () => {
    const product = await create(alice, { title: 'Kopi Luwak Liar Ijen' });
    const taken = (await create(bima, { categorySlug: 'kopi' })).variants[0]!.sku;
    const clash = await products.request(
      UPDATE,
      {
        id: product.id,
        input: {
          title: 'Judul Baru',
          variants: [{ sku: taken, name: 'X', options: [], price: 1, stock: 1, weightGrams: 1 }],
        },
      },
      alice.token,
    );
    expect(clash.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'variants.0.sku' }],
    });
    const badCategory = await products.request(
      UPDATE,
      { id: product.id, input: { title: 'Judul Baru', categorySlug: 'tidak-ada' } },
      alice.token,
    );
    expect(badCategory.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'categorySlug' }],
    });
    const badStock = await products.request(
      UPDATE,
      {
        id: product.id,
        input: {
          title: 'Judul Baru',
          variants: [{ ...product.variants[0], options: [], stock: -1, weightGrams: 300, name: 'X', id: undefined }],
        },
      },
      alice.token,
    );
    expect(badStock.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'variants.0.stock' }],
    });
    expect(await readBack(product.slug)).toEqual(product);
  });

  it('answers NOT_FOUND for a product that does not exist', async () => {
    for (const id of [randomUUID(), 'bukan-uuid']) {
      const missing = await products.request(UPDATE, { id, input: { title: 'Apa saja' } }, alice.token);
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });
});

describe('reading products', () => {
  it('shows a draft only to its owner and staff, never in lists', async () => {
    const draft = await create(bima, {
      title: 'Kopi Robusta Petik Merah Rahasia',
      status: 'DRAFT',
      categorySlug: 'kopi',
    });
    expect(await readBack(draft.slug, '')).toBeNull();
    expect(await readBack(draft.slug, alice.token)).toBeNull();
    expect((await readBack(draft.slug, bima.token))?.id).toBe(draft.id);
    expect((await readBack(draft.slug, await tokenFor(randomUUID(), ['STAFF'])))?.id).toBe(draft.id);

    const list = await products.request<{ products: { edges: { node: { id: string } }[] } }>(
      'query($sellerId: ID!) { products(first: 100, filter: { sellerId: $sellerId }) { edges { node { id } } } }',
      { sellerId: bima.shopId },
    );
    expect(list.data?.products.edges.map((e) => e.node.id)).not.toContain(draft.id);
  });

  it('pages with first and after: no overlap, hasNextPage right, totalCount of the whole filter', async () => {
    const em = products.orm.em.fork();
    em.create(Category, { slug: 'kerajinan', name: 'Kerajinan', nameEn: 'Crafts' });
    await em.flush();
    const made: string[] = [];
    for (let i = 0; i < 5; i++)
      made.unshift((await create(bima, { title: `Anyaman Bambu ${i}`, categorySlug: 'kerajinan' })).id);

    type Page = {
      products: {
        edges: { node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        totalCount: number;
      };
    };
    const page = async (after: string | null) =>
      (
        await products.request<Page>(
          'query($after: String) { products(first: 2, after: $after, filter: { categorySlug: "kerajinan" }) { edges { node { id } } pageInfo { hasNextPage endCursor } totalCount } }',
          { after },
        )
      ).data!.products;
    const first = await page(null);
    const second = await page(first.pageInfo.endCursor);
    const third = await page(second.pageInfo.endCursor);
    expect([first, second, third].map((p) => p.edges.map((e) => e.node.id))).toEqual([
      made.slice(0, 2),
      made.slice(2, 4),
      made.slice(4),
    ]);
    expect([first, second, third].map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect([first, second, third].map((p) => p.totalCount)).toEqual([5, 5, 5]);
  });

  it('filters by category, shop and featured', async () => {
    const coffee = await create(alice, { title: 'Kopi Osing Sangrai', categorySlug: 'kopi' });
    type List = {
      products: {
        totalCount: number;
        edges: { node: { id: string; seller: { id: string }; category: { slug: string } } }[];
      };
    };
    const list = async (filter: Record<string, unknown>) =>
      (
        await products.request<List>(
          'query($filter: ProductFilter) { products(first: 100, filter: $filter) { totalCount edges { node { id seller { id } category { slug } } } } }',
          { filter },
        )
      ).data!.products;

    const byCategory = await list({ categorySlug: 'kopi' });
    expect(byCategory.edges.every((e) => e.node.category.slug === 'kopi')).toBe(true);
    expect(byCategory.edges.map((e) => e.node.id)).toContain(coffee.id);
    const bySeller = await list({ sellerId: bima.shopId });
    expect(bySeller.edges.length).toBeGreaterThan(0);
    expect(bySeller.edges.every((e) => e.node.seller.id === bima.shopId)).toBe(true);
    expect((await list({ categorySlug: 'kopi', sellerId: alice.shopId })).edges.map((e) => e.node.id)).toEqual([
      coffee.id,
    ]);
    expect((await list({ categorySlug: 'tidak-ada' })).totalCount).toBe(0);

    await products.orm.em.fork().nativeUpdate(Product, { id: coffee.id }, { featured: true });
    expect((await list({ featured: true })).edges.map((e) => e.node.id)).toEqual([coffee.id]);

    const badSeller = await products.request('{ products(filter: { sellerId: "toko-saya" }) { totalCount } }');
    expect(badSeller.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'filter.sellerId' }],
    });
  });

  it('loads a page with categories, variants and prices in four queries, however long the page', async () => {
    let result: { data?: { products: { edges: unknown[] } } } = {};
    const queries = await products.countQueries(async () => {
      result = await products.request(
        '{ products(first: 50) { totalCount edges { node { id category { name } seller { id } variants { sku price } priceFrom totalStock } } } }',
      );
    });
    expect(result.data?.products.edges.length).toBeGreaterThan(10);
    expect(queries).toBe(4);
  });

  it('lists categories by position, then name', async () => {
    const result = await products.request<{ categories: { slug: string }[] }>('{ categories { slug } }');
    expect(result.data?.categories.map((c) => c.slug).slice(0, 3)).toEqual(['hasil-tani', 'kerajinan', 'batik']);
  });
});

describe('references', () => {
  const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Product { id title } ... on ProductVariant { id product { id } } ... on Seller { id products(first: 100) { totalCount } } } }`;

  it('resolves products, variants and Seller.products, batched per type', async () => {
    const a = await create(alice, { title: 'Gula Aren Kemiren' });
    const b = await create(bima, { title: 'Kakao Fermentasi Tamansari', categorySlug: 'hasil-tani' });
    const representations = [
      { __typename: 'Product', id: a.id },
      { __typename: 'Product', id: randomUUID() },
      { __typename: 'Product', id: b.id },
      { __typename: 'ProductVariant', id: a.variants[0]!.id },
      { __typename: 'Seller', id: bima.shopId },
    ];
    let result: { data?: { _entities: unknown[] } } = {};
    const queries = await products.countQueries(
      async () => (result = await products.request(ENTITIES, { representations })),
    );
    const bimaActive = await products.orm.em.fork().count(Product, { sellerId: bima.shopId, status: 'ACTIVE' });
    expect(result.data?._entities).toEqual([
      { id: a.id, title: a.title },
      null,
      { id: b.id, title: b.title },
      { id: a.variants[0]!.id, product: { id: a.id } },
      { id: bima.shopId, products: { totalCount: bimaActive } },
    ]);
    expect(queries).toBe(4);
  });

  it("pages every shop's products in the same two queries, however many shops are asked for", async () => {
    const SHOPS = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Seller { id products(first: 2) { totalCount pageInfo { hasNextPage } edges { node { id seller { id } } } } } } }`;
    const one = [{ __typename: 'Seller', id: alice.shopId }];
    const three = [...one, { __typename: 'Seller', id: bima.shopId }, { __typename: 'Seller', id: randomUUID() }];
    type Page = {
      _entities: {
        id: string;
        products: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean };
          edges: { node: { seller: { id: string } } }[];
        };
      }[];
    };
    let result: { data?: Page } = {};
    const forOne = await products.countQueries(
      async () => void (await products.request(SHOPS, { representations: one })),
    );
    const forThree = await products.countQueries(
      async () => (result = await products.request(SHOPS, { representations: three })),
    );
    expect(forThree).toBe(forOne);
    const [aliceShop, bimaShop, unknown] = result.data!._entities;
    for (const shop of [aliceShop!, bimaShop!]) {
      const active = await products.orm.em.fork().count(Product, { sellerId: shop.id, status: 'ACTIVE' });
      expect(shop.products.totalCount).toBe(active);
      expect(shop.products.edges.length).toBe(Math.min(active, 2));
      expect(shop.products.pageInfo.hasNextPage).toBe(active > 2);
      for (const edge of shop.products.edges) expect(edge.node.seller.id).toBe(shop.id);
    }
    expect(unknown!.products).toMatchObject({ totalCount: 0, edges: [] });
  });
});
