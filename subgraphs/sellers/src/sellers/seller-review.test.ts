import {
  startContractFake,
  startSubgraphForTest,
  TEST_JWT_SECRET,
  type ContractFake,
  type SubgraphUnderTest,
} from '@kampung/devtools';
import { signUserToken, type Membership, type Role } from '@kampung/shared';
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
/** Places, as its committed SDL describes it: the villages a shop may move to. */
let places: ContractFake;
let sellers: SubgraphUnderTest<SellersEnv>;
/** Shops whose next deliveries products refuses (as if it were down), and how many. */
const refuse = new Map<string, number>();

const KEMIREN = '35.10.15.2004';
const OLEHSARI = '35.10.15.2005';
const SEMBULUNG = '35.10.06.2003';
const VILLAGES: Record<string, { name: string; district: string }> = {
  [KEMIREN]: { name: 'Kemiren', district: 'Glagah' },
  [OLEHSARI]: { name: 'Olehsari', district: 'Glagah' },
  [SEMBULUNG]: { name: 'Sembulung', district: 'Cluring' },
};

const tokenFor = (roles: Role[], userId: string = randomUUID(), memberships: Membership[] = []) =>
  signUserToken({ userId, roles, memberships }, JWT);
/** Office people as accounts mints them: the coarse role and the membership scoped to a place. */
const staffOf = (village: string) => tokenFor(['STAFF'], randomUUID(), [{ role: 'VILLAGE_STAFF', place: village }]);
const regencyAdmin = () => tokenFor(['ADMIN'], randomUUID(), [{ role: 'REGENCY_ADMIN', place: '35.10' }]);
const districtOfficer = (district: string) =>
  tokenFor(['STAFF'], randomUUID(), [{ role: 'DISTRICT_OFFICER', place: district }]);

async function insertShop(
  target: SubgraphUnderTest<SellersEnv>,
  status: VerificationStatus,
  villageCode = KEMIREN,
): Promise<Seller> {
  const em = target.orm.em.fork();
  const id = randomUUID();
  const seller = em.create(Seller, {
    id,
    ownerUserId: randomUUID(),
    name: `Toko ${id.slice(0, 6)}`,
    slug: `toko-${id}`,
    villageCode,
    village: VILLAGES[villageCode]?.name ?? 'Kemiren',
    district: VILLAGES[villageCode]?.district ?? 'Glagah',
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
  places = await startContractFake('places', {
    village: ({ code }) => {
      const village = VILLAGES[String(code)];
      if (!village) throw Object.assign(new Error('Desa tidak ditemukan'), { extensions: { code: 'NOT_FOUND' } });
      return { code, name: village.name, districtCode: String(code).slice(0, 8), district: { name: village.district } };
    },
  });
  sellers = await startSubgraphForTest(subgraph, inject('databaseUrl'), {
    ACCOUNTS_URL: 'http://127.0.0.1:1/graphql',
    LOG_LEVEL: 'fatal',
    PRODUCTS_URL: products.url,
    PLACES_URL: places.url,
  });
});
afterAll(async () => {
  await sellers?.close();
  await products?.close();
  await places?.close();
});

const ACT = (action: string, withReason: boolean) =>
  `mutation($id: ID!${withReason ? ', $reason: String!' : ''}) { ${action}Shop(id: $id${withReason ? ', reason: $reason' : ''}) { verificationStatus rejectionReason } }`;

describe('staff review', () => {
  it('verifies, suspends and restores; each change reaches products through the outbox, newest last', async () => {
    const shop = await insertShop(sellers, 'PENDING');
    const staff = await staffOf(KEMIREN);
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
    await sellers.request(ACT('restore', false), { id: shop.id }, await regencyAdmin());
    await expect.poll(() => deliveredTo(shop.id).map((c) => c.status)).toEqual(['VERIFIED', 'SUSPENDED', 'VERIFIED']);

    const delivered = deliveredTo(shop.id);
    expect(delivered[0]).toMatchObject({
      sellerId: shop.id,
      ownerUserId: shop.ownerUserId,
      village: 'Kemiren',
      villageCode: KEMIREN,
    });
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
      await staffOf(KEMIREN),
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
      await staffOf(KEMIREN),
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
    const result = await sellers.request(ACT('verify', false), { id: shop.id }, await staffOf(KEMIREN));
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
    await sellers.request(ACT('verify', false), { id: other.id }, await staffOf(KEMIREN));
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
      { input: { villageCode: OLEHSARI, logoUrl: 'https://contoh.id/logo.png' } },
      owner,
    );
    expect(result.data).toEqual({
      updateShop: { id: shop.id, village: 'Olehsari', logoUrl: 'https://contoh.id/logo.png' },
    });
    await expect
      .poll(() => deliveredTo(shop.id).map((c) => [c.status, c.village, c.villageCode]))
      .toEqual([['VERIFIED', 'Olehsari', OLEHSARI]]);
    const unknown = await sellers.request(update, { input: { villageCode: '35.10.99.2999' } }, owner);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'villageCode' }],
    });
    expect((await sellers.orm.em.fork().findOneOrFail(Seller, { id: shop.id })).villageCode).toBe(OLEHSARI);
    const bad = await sellers.request(update, { input: { logoUrl: 'ftp://x' } }, owner);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'logoUrl' }] });
  });
});

describe('review by place', () => {
  const QUEUE = '{ shopsForReview(first: 100) { totalCount edges { node { id villageCode } } } }';
  type Queue = { shopsForReview: { totalCount: number; edges: { node: { id: string; villageCode: string } }[] } };
  const nodesOf = (queue: { data?: Queue | null }) => queue.data!.shopsForReview.edges.map((e) => e.node);
  const rowOf = async (id: string) => {
    const rows = await sellers.orm.em
      .fork()
      .getConnection()
      .execute<{ verification_status: string; rejection_reason: string | null; outbox: number }[]>(
        `select verification_status, rejection_reason,
                (select count(*)::int from sellers.status_outbox o where o.seller_id = s.id) as outbox
           from sellers.sellers s where id = ?`,
        [id],
      );
    return rows[0];
  };

  it("lists only the pending shops of the staff's own village; the regency admin sees every village", async () => {
    const kemiren = await insertShop(sellers, 'PENDING', KEMIREN);
    const sembulung = await insertShop(sellers, 'PENDING', SEMBULUNG);
    const ofKemiren = await sellers.request<Queue>(QUEUE, {}, await staffOf(KEMIREN));
    const kemirenIds = nodesOf(ofKemiren).map((n) => n.id);
    expect(kemirenIds).toContain(kemiren.id);
    expect(kemirenIds).not.toContain(sembulung.id);
    expect(new Set(nodesOf(ofKemiren).map((n) => n.villageCode))).toEqual(new Set([KEMIREN]));
    expect(ofKemiren.data!.shopsForReview.totalCount).toBe(kemirenIds.length);

    const all = nodesOf(await sellers.request<Queue>(QUEUE, {}, await regencyAdmin()));
    expect(all.map((n) => n.id)).toEqual(expect.arrayContaining([kemiren.id, sembulung.id]));
    // staff without an office membership, and a district officer (who oversees but does not verify): none
    for (const token of [await tokenFor(['STAFF']), await districtOfficer('35.10.15')]) {
      expect((await sellers.request<Queue>(QUEUE, {}, token)).data?.shopsForReview.totalCount).toBe(0);
    }
  });

  it('answers NOT_FOUND to staff of another village for each action, and writes nothing', async () => {
    const verified = await insertShop(sellers, 'VERIFIED', SEMBULUNG);
    const pending = await insertShop(sellers, 'PENDING', SEMBULUNG);
    const suspended = await insertShop(sellers, 'SUSPENDED', SEMBULUNG);
    const other = await staffOf(KEMIREN);
    const attempts: [string, string, boolean][] = [
      ['verify', pending.id, false],
      ['reject', pending.id, true],
      ['suspend', verified.id, true],
      ['restore', suspended.id, false],
    ];
    for (const [action, id, withReason] of attempts) {
      const result = await sellers.request(ACT(action, withReason), { id, reason: 'Bukan desa Anda' }, other);
      expect(result.errors?.[0]?.extensions, action).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await rowOf(pending.id)).toEqual({ verification_status: 'PENDING', rejection_reason: null, outbox: 0 });
    expect(await rowOf(verified.id)).toEqual({ verification_status: 'VERIFIED', rejection_reason: null, outbox: 0 });
    expect(await rowOf(suspended.id)).toEqual({ verification_status: 'SUSPENDED', rejection_reason: null, outbox: 0 });
    expect(deliveredTo(pending.id)).toEqual([]);

    // the same shop is the business of Sembulung's staff
    const own = await sellers.request(ACT('verify', false), { id: pending.id }, await staffOf(SEMBULUNG));
    expect(own.data).toEqual({ verifyShop: { verificationStatus: 'VERIFIED', rejectionReason: null } });
  });

  it("hides another village's pending shop and its owner's address from staff elsewhere", async () => {
    const shop = await insertShop(sellers, 'PENDING', SEMBULUNG);
    const read = '{ seller(slug: "SLUG") { id address } }'.replace('SLUG', shop.slug);
    const elsewhere = await sellers.request(read, {}, await staffOf(KEMIREN));
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const own = await sellers.request<{ seller: { id: string } }>(read, {}, await staffOf(SEMBULUNG));
    expect(own.data?.seller.id).toBe(shop.id);
    const district = await sellers.request<{ seller: { id: string } }>(read, {}, await districtOfficer('35.10.06'));
    expect(district.data?.seller.id).toBe(shop.id);
  });
});
