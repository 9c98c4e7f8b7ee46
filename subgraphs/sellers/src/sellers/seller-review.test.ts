import {
  startContractFake,
  startSubgraphForTest,
  TEST_JWT_SECRET,
  type ContractFake,
  type SubgraphUnderTest,
} from '@kampung/devtools';
import { signUserToken, type Role } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SellersEnv } from '../env.js';
import { subgraph } from '../index.js';
import { StatusOutbox } from '../status-outbox/status-outbox.entity.js';
import { recordSellerStatus, wakeStatusOutbox } from '../status-outbox/status-outbox.js';
import { Seller, type VerificationStatus } from './seller.entity.js';

const JWT = { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' };
/** Products, as its committed SDL describes it: records what sellers' outbox delivers. */
let products: ContractFake;
let sellers: SubgraphUnderTest<SellersEnv>;
/** Shops whose next deliveries products refuses (as if it were down), and how many. */
const refuse = new Map<string, number>();

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

/** What products has been told about a shop, in order (successful deliveries only). */
const deliveredTo = (sellerId: string) =>
  products.calls
    .filter((call) => call.field === 'internalSetSellerStatus' && call.args.sellerId === sellerId && !call.refused)
    .map((call) => call.args);
const outboxRows = (sellerId: string) => sellers.orm.em.fork().count(StatusOutbox, { sellerId });

beforeAll(async () => {
  products = await startContractFake('products', {
    internalSetSellerStatus: (args, call) => {
      const left = refuse.get(String(args.sellerId)) ?? 0;
      if (left > 0) {
        refuse.set(String(args.sellerId), left - 1);
        call.refused = true;
        throw new Error('products is restarting');
      }
      return true;
    },
  });
  sellers = await startSubgraphForTest(subgraph, inject('databaseUrl'), {
    ACCOUNTS_URL: 'http://127.0.0.1:1/graphql',
    LOG_LEVEL: 'fatal',
    PRODUCTS_URL: products.url,
  });
});
afterAll(async () => {
  await sellers?.close();
  await products?.close();
});

const ACT = (action: string, withReason: boolean) =>
  `mutation($id: ID!${withReason ? ', $reason: String!' : ''}) { ${action}Shop(id: $id${withReason ? ', reason: $reason' : ''}) { verificationStatus rejectionReason } }`;

describe('staff review', () => {
  it('verifies, suspends and restores; each change reaches products through the outbox, newest last', async () => {
    const shop = await insertShop(sellers, 'PENDING');
    const staff = await tokenFor(['STAFF']);
    expect((await sellers.request(ACT('verify', false), { id: shop.id }, staff)).data).toEqual({
      verifyShop: { verificationStatus: 'VERIFIED', rejectionReason: null },
    });
    await expect.poll(() => deliveredTo(shop.id).map((c) => c.status)).toEqual(['VERIFIED']);
    const suspended = await sellers.request(
      ACT('suspend', true),
      { id: shop.id, reason: 'Produk palsu dilaporkan' },
      staff,
    );
    expect(suspended.data).toEqual({
      suspendShop: { verificationStatus: 'SUSPENDED', rejectionReason: 'Produk palsu dilaporkan' },
    });
    await expect.poll(() => deliveredTo(shop.id).map((c) => c.status)).toEqual(['VERIFIED', 'SUSPENDED']);
    await sellers.request(ACT('restore', false), { id: shop.id }, await tokenFor(['ADMIN']));
    await expect.poll(() => deliveredTo(shop.id).map((c) => c.status)).toEqual(['VERIFIED', 'SUSPENDED', 'VERIFIED']);

    const delivered = deliveredTo(shop.id);
    expect(delivered[0]).toMatchObject({ sellerId: shop.id, ownerUserId: shop.ownerUserId, village: 'Kemiren' });
    const versions = delivered.map((c) => Number(c.version));
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(3);
    await expect.poll(() => outboxRows(shop.id)).toBe(0);
    // with the sellers service token, never a user's
    const [, payload] = products.calls.at(-1)!.authorization!.split('.');
    expect(JSON.parse(Buffer.from(payload!, 'base64url').toString())).toMatchObject({ svc: 'sellers' });
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

  it('commits the change while products refuses it, and delivers it again until products takes it', async () => {
    const shop = await insertShop(sellers, 'PENDING');
    refuse.set(shop.id, 2);
    const result = await sellers.request(ACT('verify', false), { id: shop.id }, await tokenFor(['STAFF']));
    expect(result.data).toEqual({ verifyShop: { verificationStatus: 'VERIFIED', rejectionReason: null } });
    expect((await sellers.orm.em.fork().findOneOrFail(Seller, { id: shop.id })).verificationStatus).toBe('VERIFIED');
    await expect.poll(() => deliveredTo(shop.id).map((c) => c.status), { timeout: 5_000 }).toEqual(['VERIFIED']);
    const attempts = products.calls.filter((c) => c.args.sellerId === shop.id);
    expect(attempts.map((c) => Boolean(c.refused))).toEqual([true, true, false]);
    await expect.poll(() => outboxRows(shop.id)).toBe(0);
  });

  it('delivers nothing when the status change rolls back', async () => {
    const shop = await insertShop(sellers, 'PENDING');
    await expect(
      sellers.orm.em.fork().transactional(async (em) => {
        const seller = await em.findOneOrFail(Seller, { id: shop.id });
        seller.verificationStatus = 'VERIFIED';
        recordSellerStatus(em, seller);
        await em.flush();
        throw new Error('something after the change failed');
      }),
    ).rejects.toThrow('something after the change failed');
    await wakeStatusOutbox();
    // a committed change in the same moment is delivered: proof the job ran meanwhile
    const other = await insertShop(sellers, 'PENDING');
    await sellers.request(ACT('verify', false), { id: other.id }, await tokenFor(['STAFF']));
    await expect.poll(() => deliveredTo(other.id).length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 600)); // more than two polls
    expect(products.calls.filter((c) => c.args.sellerId === shop.id)).toEqual([]);
    await expect.poll(() => outboxRows(shop.id)).toBe(0);
    expect((await sellers.orm.em.fork().findOneOrFail(Seller, { id: shop.id })).verificationStatus).toBe('PENDING');
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
    await expect.poll(() => deliveredTo(shop.id).map((c) => [c.status, c.village])).toEqual([['VERIFIED', 'Olehsari']]);
    const bad = await sellers.request(update, { input: { logoUrl: 'ftp://x' } }, owner);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'logoUrl' }] });
  });
});
