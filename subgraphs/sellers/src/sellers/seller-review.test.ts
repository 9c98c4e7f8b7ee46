import { subgraph as productsSubgraph, SellerStatus } from '@kampung/products';
import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { signUserToken, type BaseEnv, type Role } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SellersEnv } from '../env.js';
import { subgraph } from '../index.js';
import { Seller, type VerificationStatus } from './seller.entity.js';

const JWT = { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' };
let products: SubgraphUnderTest<BaseEnv>;
let sellers: SubgraphUnderTest<SellersEnv>;
let cutOff: SubgraphUnderTest<SellersEnv>;

const tokenFor = (roles: Role[], userId: string = randomUUID()) => signUserToken({ userId, roles }, JWT);

async function insertShop(target: SubgraphUnderTest<SellersEnv>, status: VerificationStatus): Promise<Seller> {
  const em = target.orm.em.fork();
  const id = randomUUID();
  const seller = em.create(Seller, {
    id,
    ownerUserId: randomUUID(),
    name: `Toko ${id.slice(0, 6)}`,
    slug: `toko-${id}`,
    village: 'Kemiren',
    district: 'Glagah',
    whatsapp: '+6281234567890',
    description: '',
    verificationStatus: status,
  });
  await em.flush();
  return seller;
}

beforeAll(async () => {
  products = (await startSubgraphForTest(productsSubgraph, inject('databaseUrl'), {
    SELLERS_URL: 'http://127.0.0.1:1/graphql',
  })) as never;
  const env = { ACCOUNTS_URL: 'http://127.0.0.1:1/graphql', LOG_LEVEL: 'fatal' };
  sellers = await startSubgraphForTest(subgraph, inject('databaseUrl'), { ...env, PRODUCTS_URL: products.url });
  cutOff = await startSubgraphForTest(subgraph, inject('databaseUrl'), {
    ...env,
    PRODUCTS_URL: 'http://127.0.0.1:1/graphql',
  });
});
afterAll(async () => {
  await cutOff?.close();
  await sellers?.close();
  await products?.close();
});

const ACT = (action: string, withReason: boolean) =>
  `mutation($id: ID!${withReason ? ', $reason: String!' : ''}) { ${action}Shop(id: $id${withReason ? ', reason: $reason' : ''}) { verificationStatus rejectionReason } }`;

describe('staff review', () => {
  it('verifies, suspends and restores, telling products each time', async () => {
    const shop = await insertShop(sellers, 'PENDING');
    const staff = await tokenFor(['STAFF']);
    const statusInProducts = async () =>
      (await products.orm.em.fork().findOne(SellerStatus, { sellerId: shop.id }))?.status;
    expect((await sellers.request(ACT('verify', false), { id: shop.id }, staff)).data).toEqual({
      verifyShop: { verificationStatus: 'VERIFIED', rejectionReason: null },
    });
    expect(await statusInProducts()).toBe('VERIFIED');
    const suspended = await sellers.request(
      ACT('suspend', true),
      { id: shop.id, reason: 'Produk palsu dilaporkan' },
      staff,
    );
    expect(suspended.data).toEqual({
      suspendShop: { verificationStatus: 'SUSPENDED', rejectionReason: 'Produk palsu dilaporkan' },
    });
    expect(await statusInProducts()).toBe('SUSPENDED');
    await sellers.request(ACT('restore', false), { id: shop.id }, await tokenFor(['ADMIN']));
    expect(await statusInProducts()).toBe('VERIFIED');
  });

  it('rejects with a reason the owner sees in myShop', async () => {
    const shop = await insertShop(sellers, 'PENDING');
    await sellers.request(
      ACT('reject', true),
      { id: shop.id, reason: 'Nomor WhatsApp tidak aktif' },
      await tokenFor(['STAFF']),
    );
    const mine = await sellers.request<{ myShop: { verificationStatus: string; rejectionReason: string } }>(
      '{ myShop { verificationStatus rejectionReason } }',
      {},
      await tokenFor(['BUYER'], shop.ownerUserId),
    );
    expect(mine.data?.myShop).toEqual({
      verificationStatus: 'REJECTED',
      rejectionReason: 'Nomor WhatsApp tidak aktif',
    });
  });

  it('refuses moves that do not fit the status, and anyone but staff', async () => {
    const shop = await insertShop(sellers, 'PENDING');
    const conflict = await sellers.request(
      ACT('suspend', true),
      { id: shop.id, reason: 'Belum diverifikasi' },
      await tokenFor(['STAFF']),
    );
    expect(conflict.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const seller = await sellers.request(ACT('verify', false), { id: shop.id }, await tokenFor(['SELLER']));
    expect(seller.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const queue = await sellers.request('{ shopsForReview { totalCount } }', {}, await tokenFor(['BUYER']));
    expect(queue.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rolls the change back when products cannot be told', async () => {
    const shop = await insertShop(cutOff, 'PENDING');
    const result = await cutOff.request(ACT('verify', false), { id: shop.id }, await tokenFor(['STAFF']));
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const stored = await cutOff.orm.em.fork().findOneOrFail(Seller, { id: shop.id });
    expect(stored.verificationStatus).toBe('PENDING');
  });

  it('lets the owner update their shop, and only their own', async () => {
    const shop = await insertShop(sellers, 'VERIFIED');
    const update = 'mutation($input: UpdateShopInput!) { updateShop(input: $input) { id village logoUrl } }';
    const owner = await tokenFor(['SELLER'], shop.ownerUserId);
    const result = await sellers.request(
      update,
      { input: { village: 'Olehsari', logoUrl: 'https://contoh.id/logo.png' } },
      owner,
    );
    expect(result.data).toEqual({
      updateShop: { id: shop.id, village: 'Olehsari', logoUrl: 'https://contoh.id/logo.png' },
    });
    expect((await products.orm.em.fork().findOne(SellerStatus, { sellerId: shop.id }))?.village).toBe('Olehsari');
    const bad = await sellers.request(update, { input: { logoUrl: 'ftp://x' } }, owner);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'logoUrl' }] });
  });
});
