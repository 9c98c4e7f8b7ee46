import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { signUserToken } from '@kampung/shared';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Category } from '../categories/category.entity.js';
import type { ProductsEnv } from '../env.js';
import { subgraph } from '../index.js';
import { Product } from '../products/product.entity.js';
import { ProductVariant } from '../variants/variant.entity.js';

const JWT = { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' };
const uploads = mkdtempSync(path.join(tmpdir(), 'uploads-'));
let products: SubgraphUnderTest<ProductsEnv>;
let owner: string;
let token: string;
let product: Product;
let variant: ProductVariant;

beforeAll(async () => {
  products = await startSubgraphForTest(subgraph, inject('databaseUrl'), {
    UPLOADS_DIR: uploads,
    SELLERS_URL: 'http://127.0.0.1:1/graphql',
    // Nothing takes the events: they stay in the outbox for the stock_low test to read.
    NOTIFICATIONS_URL: 'http://127.0.0.1:1/graphql',
  });
  owner = randomUUID();
  token = await signUserToken({ userId: owner, roles: ['SELLER'] }, JWT);
  const em = products.orm.em.fork();
  const category = em.create(Category, { slug: 'kopi', name: 'Kopi', nameEn: 'Coffee' });
  product = em.create(Product, {
    slug: `kopi-${randomUUID().slice(0, 6)}`,
    title: 'Kopi Osing',
    description: '',
    category,
    sellerId: randomUUID(),
    ownerUserId: owner,
    sellerVisible: true,
  });
  variant = em.create(ProductVariant, {
    product,
    sku: `KOPI-${randomUUID().slice(0, 6)}`,
    name: '250 g',
    price: 45_000,
    stock: 4,
    weightGrams: 300,
  });
  await em.flush();
});
afterAll(() => products?.close());

const ADJUST =
  'mutation($v: ID!, $d: Int!, $r: String!) { adjustStock(variantId: $v, delta: $d, reason: $r) { stock stockHistory { delta resultingStock reason userId } } }';
type Adjusted = {
  adjustStock: {
    stock: number;
    stockHistory: { delta: number; resultingStock: number; reason: string; userId: string }[];
  };
};

describe('adjustStock', () => {
  it('changes the stock and keeps who, why, by how much and the result', async () => {
    await products.request(ADJUST, { v: variant.id, d: 6, r: 'Panen baru' }, token);
    const result = await products.request<Adjusted>(ADJUST, { v: variant.id, d: -3, r: 'Rusak di gudang' }, token);
    expect(result.data?.adjustStock.stock).toBe(7);
    expect(result.data?.adjustStock.stockHistory).toEqual([
      { delta: -3, resultingStock: 7, reason: 'Rusak di gudang', userId: owner },
      { delta: 6, resultingStock: 10, reason: 'Panen baru', userId: owner },
    ]);
  });

  it('never goes below zero, needs a reason, and saves nothing when refused', async () => {
    const below = await products.request(ADJUST, { v: variant.id, d: -100, r: 'Terjual di pasar' }, token);
    expect(below.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'delta' }] });
    const noReason = await products.request(ADJUST, { v: variant.id, d: 1, r: ' ' }, token);
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'reason' }] });
    const stranger = await products.request(
      ADJUST,
      { v: variant.id, d: 1, r: 'Bukan milik saya' },
      await signUserToken({ userId: randomUUID(), roles: ['SELLER'] }, JWT),
    );
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stored = await products.orm.em.fork().findOneOrFail(ProductVariant, { id: variant.id });
    expect(stored.stock).toBe(7);
  });
});

describe('photo upload', () => {
  const upload = (body: Uint8Array, auth = token) =>
    fetch(`${products.url.replace(/\/graphql$/, '')}/uploads/product-photo?productId=${product.id}`, {
      method: 'POST',
      body: new Uint8Array(body),
      headers: { authorization: `Bearer ${auth}` },
    });

  it('stores WebP at 320, 640 and 1024 px, served with a year of caching; the first photo becomes the image', async () => {
    const png = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#3a5' } })
      .png()
      .toBuffer();
    const response = await upload(png);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { url: string; srcset: string };
    expect(body.srcset).toMatch(/-320\.webp 320w, .*-640\.webp 640w, .*-1024\.webp 1024w$/);
    expect(readdirSync(path.join(uploads, 'products', product.id))).toHaveLength(3);
    const key = body.url.replace('/media/products/', '');
    const file = await fetch(`${products.url.replace(/\/graphql$/, '')}/files/${key}`);
    expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(file.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(Buffer.from(await file.arrayBuffer())).metadata()).width).toBe(640);
    const stored = await products.orm.em.fork().findOneOrFail(Product, { id: product.id });
    expect(stored.imageUrl).toBe(body.url);
  });

  it('refuses what is not JPEG, PNG or WebP by its bytes, whatever it claims to be', async () => {
    const response = await upload(new TextEncoder().encode('%PDF-1.7 bukan foto'));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', fields: [{ field: 'photo' }] } });
  });

  it('answers 404 for a file that does not exist', async () => {
    const missing = await fetch(`${products.url.replace(/\/graphql$/, '')}/files/${product.id}/tidak-ada-640.webp`);
    expect(missing.status).toBe(404);
  });
});

describe('shop.stock_low', () => {
  it('tells the owner once when a change takes the stock to its threshold or below, not on every sale after', async () => {
    const em = products.orm.em.fork();
    const low = em.create(ProductVariant, {
      product: product.id,
      sku: `KOPI-LOW-${randomUUID().slice(0, 6)}`,
      name: '1 kg',
      price: 150_000,
      stock: 8,
      lowStockThreshold: 3,
      weightGrams: 1_100,
    });
    await em.flush();
    const events = async () =>
      (
        await products.orm.em
          .fork()
          .getConnection()
          .execute<{ type: string; recipient_user_id: string; link: string; data: Record<string, unknown> }[]>(
            `select type, recipient_user_id, link, data from products.notification_outbox where data->>'variantName' = '1 kg' and recipient_user_id = ?`,
            [owner],
          )
      ).filter((row) => row.type === 'shop.stock_low');

    await products.request(ADJUST, { v: low.id, d: -4, r: 'Terjual di pasar' }, token); // 8 → 4: above 3
    expect(await events()).toHaveLength(0);
    const refused = await products.request(ADJUST, { v: low.id, d: -9, r: 'Terjual di pasar' }, token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await events()).toHaveLength(0);
    await products.request(ADJUST, { v: low.id, d: -1, r: 'Terjual di pasar' }, token); // 4 → 3: falls to it
    expect(await events()).toEqual([
      {
        type: 'shop.stock_low',
        recipient_user_id: owner,
        link: `/penjual/produk/${product.id}`,
        data: { productName: 'Kopi Osing', variantName: '1 kg', stock: 3 },
      },
    ]);
    await products.request(ADJUST, { v: low.id, d: -2, r: 'Terjual di pasar' }, token); // 3 → 1: still low, no second
    expect(await events()).toHaveLength(1);
    await products.request(ADJUST, { v: low.id, d: 10, r: 'Panen baru' }, token); // 1 → 11
    await products.request(ADJUST, { v: low.id, d: -9, r: 'Pesanan besar' }, token); // 11 → 2: falls again
    expect(await events()).toHaveLength(2);
  });
});
