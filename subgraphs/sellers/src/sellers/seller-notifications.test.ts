import {
  startContractFake,
  startSubgraphForTest,
  TEST_JWT_SECRET,
  type ContractFake,
  type SubgraphUnderTest,
} from '@kampung/devtools';
import { NotificationOutbox, signUserToken } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SellersEnv } from '../env.js';
import { subgraph } from '../index.js';
import { Seller, type VerificationStatus } from './seller.entity.js';

const JWT = { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' };
const KEMIREN = '35.10.15.2004';
let products: ContractFake;
let sellers: SubgraphUnderTest<SellersEnv>;

const staff = () =>
  signUserToken(
    { userId: randomUUID(), roles: ['STAFF'], memberships: [{ role: 'VILLAGE_STAFF', place: KEMIREN }] },
    JWT,
  );

async function insertShop(status: VerificationStatus): Promise<Seller> {
  const em = sellers.orm.em.fork();
  const id = randomUUID();
  const seller = em.create(Seller, {
    id,
    ownerUserId: randomUUID(),
    name: `Toko ${id.slice(0, 6)}`,
    slug: `toko-${id}`,
    villageCode: KEMIREN,
    village: 'Kemiren',
    district: 'Glagah',
    whatsapp: '+6281234567890',
    description: '',
    verificationStatus: status,
  });
  await em.flush();
  return seller;
}

/** The owner's events waiting in the outbox (the relay is not started here, so they stay). */
const eventsFor = (userId: string) =>
  sellers.orm.em.fork().find(NotificationOutbox, { recipientUserId: userId }, { orderBy: { createdAt: 'asc' } });

const ACT = (action: string, withReason: boolean) =>
  `mutation($id: ID!${withReason ? ', $reason: String!' : ''}) { ${action}Shop(id: $id${withReason ? ', reason: $reason' : ''}) { verificationStatus } }`;

beforeAll(async () => {
  products = await startContractFake('products', { internalSetSellerStatus: () => true });
  sellers = await startSubgraphForTest(subgraph, inject('databaseUrl'), {
    ACCOUNTS_URL: 'http://127.0.0.1:1/graphql',
    PLACES_URL: 'http://127.0.0.1:1/graphql',
    LOG_LEVEL: 'fatal',
    PRODUCTS_URL: products.url,
    // Nobody listens: the relay leaves the events in the outbox for the test to read.
    NOTIFICATIONS_URL: 'http://127.0.0.1:1/graphql',
  });
});
afterAll(async () => {
  await sellers?.close();
  await products?.close();
});

describe('shop status notifications (decision 028)', () => {
  it('writes one event for the owner per change, with the reason and the shop page', async () => {
    const shop = await insertShop('PENDING');
    const token = await staff();
    await sellers.request(ACT('verify', false), { id: shop.id }, token);
    await sellers.request(ACT('suspend', true), { id: shop.id, reason: 'Produk palsu dilaporkan' }, token);
    const events = await eventsFor(shop.ownerUserId);
    expect(events.map((e) => e.type)).toEqual(['shop.verified', 'shop.suspended']);
    expect(events[1]).toMatchObject({ link: '/penjual', urgent: false });
    expect(events[1]!.data).toMatchObject({ shopName: shop.name, reason: 'Produk palsu dilaporkan' });
  });

  it('writes a rejection with its reason', async () => {
    const shop = await insertShop('PENDING');
    await sellers.request(ACT('reject', true), { id: shop.id, reason: 'Foto KTP tidak terbaca' }, await staff());
    const events = await eventsFor(shop.ownerUserId);
    expect(events.map((e) => [e.type, e.data.reason])).toEqual([['shop.rejected', 'Foto KTP tidak terbaca']]);
  });

  it('writes nothing when the change is refused', async () => {
    const shop = await insertShop('VERIFIED');
    const refused = await sellers.request(ACT('reject', true), { id: shop.id, reason: 'Tidak lengkap' }, await staff());
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const otherVillage = await signUserToken(
      { userId: randomUUID(), roles: ['STAFF'], memberships: [{ role: 'VILLAGE_STAFF', place: '35.10.06.2003' }] },
      JWT,
    );
    const hidden = await sellers.request(ACT('suspend', true), { id: shop.id, reason: 'Tidak lengkap' }, otherVillage);
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await eventsFor(shop.ownerUserId)).toEqual([]);
  });
});
