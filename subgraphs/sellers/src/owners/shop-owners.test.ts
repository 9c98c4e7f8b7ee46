import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { signServiceToken, signUserToken } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SellersEnv } from '../env.js';
import { subgraph } from '../index.js';
import { Seller } from '../sellers/seller.entity.js';

const JWT = { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' };
const OWNERS = 'query($ids: [ID!]!) { internalShopOwners(ids: $ids) { shopId ownerUserId } }';
type Owners = { internalShopOwners: { shopId: string; ownerUserId: string }[] };

let sellers: SubgraphUnderTest<SellersEnv>;

async function insertShop(): Promise<Seller> {
  const em = sellers.orm.em.fork();
  const id = randomUUID();
  const seller = em.create(Seller, {
    id,
    ownerUserId: randomUUID(),
    name: `Toko ${id.slice(0, 8)}`,
    slug: `toko-${id}`,
    villageCode: '35.10.15.2004',
    village: 'Kemiren',
    district: 'Glagah',
    whatsapp: '+6285200002001',
    description: '',
    verificationStatus: 'PENDING',
  });
  await em.flush();
  return seller;
}

beforeAll(async () => {
  sellers = await startSubgraphForTest(subgraph, inject('databaseUrl'), {
    ACCOUNTS_URL: 'http://127.0.0.1:1/graphql',
    PRODUCTS_URL: 'http://127.0.0.1:1/graphql',
    PLACES_URL: 'http://127.0.0.1:1/graphql',
    NOTIFICATIONS_URL: 'http://127.0.0.1:1/graphql',
    STATUS_OUTBOX_POLL_MS: '600000',
    LOG_LEVEL: 'fatal',
  });
});
afterAll(() => sellers?.close());

describe('internalShopOwners (decision 031)', () => {
  it('names the owner of each existing shop asked for, in one answer; unknown and malformed ids are left out', async () => {
    const [a, b] = [await insertShop(), await insertShop()];
    const token = await signServiceToken('orders', JWT);
    const answer = await sellers.request<Owners>(OWNERS, { ids: [a.id, b.id, a.id, randomUUID(), 'bukan-id'] }, token);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.internalShopOwners.sort((x, y) => x.shopId.localeCompare(y.shopId))).toEqual(
      [
        { shopId: a.id, ownerUserId: a.ownerUserId },
        { shopId: b.id, ownerUserId: b.ownerUserId },
      ].sort((x, y) => x.shopId.localeCompare(y.shopId)),
    );
  });

  it('refuses people: the owners of shops are not public', async () => {
    const shop = await insertShop();
    const asOwner = await sellers.request(
      OWNERS,
      { ids: [shop.id] },
      await signUserToken({ userId: shop.ownerUserId, roles: ['BUYER', 'SELLER'] }, JWT),
    );
    expect(asOwner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await sellers.request(OWNERS, { ids: [shop.id] })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
