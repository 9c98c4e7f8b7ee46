import {
  startContractFake,
  startSubgraphForTest,
  TEST_JWT_SECRET,
  type ContractFake,
  type SubgraphUnderTest,
} from '@kampung/devtools';
import { signServiceToken, signUserToken, type Membership, type Role } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SellersEnv } from '../env.js';
import { subgraph } from '../index.js';
import { Seller, type VerificationStatus } from '../sellers/seller.entity.js';

const JWT = { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' };
const FIGURES =
  'query($from: DateTimeISO!, $to: DateTimeISO!) { marketplaceFiguresByVillage(from: $from, to: $to) { villageCode activeShops salesRupiah } }';
type Figures = { marketplaceFiguresByVillage: { villageCode: string; activeShops: number; salesRupiah: number }[] };

const SEMBULUNG = '35.10.06.2003';
const BENCULUK = '35.10.06.2005';
const KEMIREN = '35.10.15.2004';
const PERIOD = { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' };

let orders: ContractFake;
let sellers: SubgraphUnderTest<SellersEnv>;
/** What orders answers: each shop's paid sales in the period asked. */
const sales: { sellerId: string; salesRupiah: number; orders: number }[] = [];

const tokenFor = (roles: Role[], memberships: Membership[] = []) =>
  signUserToken({ userId: randomUUID(), roles, memberships }, JWT);

async function shop(villageCode: string, status: VerificationStatus, createdAt = new Date('2026-10-01T00:00:00Z')) {
  const em = sellers.orm.em.fork();
  const id = randomUUID();
  em.create(Seller, {
    id,
    ownerUserId: randomUUID(),
    name: `Toko ${id.slice(0, 6)}`,
    slug: `toko-${id}`,
    villageCode,
    village: 'Desa',
    district: 'Kecamatan',
    whatsapp: '+6281234567890',
    description: '',
    verificationStatus: status,
    createdAt,
  });
  await em.flush();
  return id;
}

beforeAll(async () => {
  orders = await startContractFake('orders', { internalSalesBySeller: () => sales });
  sellers = await startSubgraphForTest(subgraph, inject('databaseUrl'), {
    ORDERS_URL: orders.url,
    PRODUCTS_URL: 'http://127.0.0.1:1/graphql',
    STATUS_OUTBOX_POLL_MS: '600000',
    LOG_LEVEL: 'fatal',
  });
  const [a, b, c, d] = [
    await shop(SEMBULUNG, 'VERIFIED'),
    await shop(SEMBULUNG, 'VERIFIED'),
    await shop(BENCULUK, 'SUSPENDED'),
    await shop(KEMIREN, 'VERIFIED'),
  ];
  await shop(SEMBULUNG, 'PENDING');
  await shop(KEMIREN, 'VERIFIED', new Date('2026-12-15T00:00:00Z')); // opened after the period
  sales.push(
    { sellerId: a, salesRupiah: 2_500_000_000, orders: 40 }, // more than 2^31 rupiah in one village
    { sellerId: b, salesRupiah: 150_000, orders: 1 },
    { sellerId: c, salesRupiah: 90_000, orders: 1 }, // sold before it was suspended
    { sellerId: d, salesRupiah: 45_000, orders: 1 },
    { sellerId: randomUUID(), salesRupiah: 1, orders: 1 }, // a shop sellers does not know
  );
});
afterAll(async () => {
  await sellers?.close();
  await orders?.close();
});

describe('marketplaceFiguresByVillage', () => {
  it('gives the regency admin every village: verified shops and paid sales in whole rupiah', async () => {
    const admin = await tokenFor(['ADMIN'], [{ role: 'REGENCY_ADMIN', place: '35.10' }]);
    const result = await sellers.request<Figures>(FIGURES, PERIOD, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data?.marketplaceFiguresByVillage).toEqual([
      { villageCode: SEMBULUNG, activeShops: 2, salesRupiah: 2_500_150_000 },
      { villageCode: BENCULUK, activeShops: 0, salesRupiah: 90_000 },
      { villageCode: KEMIREN, activeShops: 1, salesRupiah: 45_000 },
    ]);
    // orders was asked for that period, with the sellers service token
    const call = orders.calls.at(-1)!;
    expect(call.args).toEqual({ from: PERIOD.from, to: PERIOD.to });
    const [, payload] = call.authorization!.split('.');
    expect(JSON.parse(Buffer.from(payload!, 'base64url').toString())).toMatchObject({ svc: 'sellers' });
  });

  it("gives a district officer their district's villages only", async () => {
    const officer = await tokenFor(['STAFF'], [{ role: 'DISTRICT_OFFICER', place: '35.10.06' }]);
    const result = await sellers.request<Figures>(FIGURES, PERIOD, officer);
    expect(result.data?.marketplaceFiguresByVillage.map((f) => f.villageCode)).toEqual([SEMBULUNG, BENCULUK]);
  });

  it('refuses village staff, sellers, buyers and services; needs a period that ends after it starts', async () => {
    const refused: [string | undefined, string][] = [
      [undefined, 'UNAUTHENTICATED'],
      [await tokenFor(['BUYER']), 'FORBIDDEN'],
      [await tokenFor(['SELLER']), 'FORBIDDEN'],
      [await tokenFor(['STAFF'], [{ role: 'VILLAGE_STAFF', place: SEMBULUNG }]), 'FORBIDDEN'],
      [await tokenFor(['STAFF'], [{ role: 'VILLAGE_HEAD', place: SEMBULUNG }]), 'FORBIDDEN'],
      [await signServiceToken('services', JWT), 'FORBIDDEN'],
    ];
    for (const [token, code] of refused) {
      const result = await sellers.request<Figures>(FIGURES, PERIOD, token);
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
    }
    const admin = await tokenFor(['ADMIN'], [{ role: 'REGENCY_ADMIN', place: '35.10' }]);
    const backwards = await sellers.request(FIGURES, { from: PERIOD.to, to: PERIOD.from }, admin);
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'to' }] });
  });
});
