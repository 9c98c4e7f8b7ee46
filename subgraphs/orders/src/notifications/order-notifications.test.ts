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
import type { ProductsClient } from '../clients/products.client.js';
import type { OrdersEnv } from '../env.js';
import { OrderService, subgraph, type PlaceOrderInput } from '../index.js';
import { SellerOrder } from '../orders/seller-order.entity.js';
import { applyPaymentOutcome } from '../payments/payment-state.js';

let orders: SubgraphUnderTest<OrdersEnv>;
let sellers: ContractFake;
/** The shop the signed-in seller owns, as sellers would answer. */
const SHOP = randomUUID();
const OWNER = randomUUID();
/** Stock calls succeed (both are idempotent in products). */
const products = { commit: async () => {}, release: async () => {} } as unknown as ProductsClient;

const order = (buyerId: string): PlaceOrderInput => ({
  buyerId,
  paymentMethod: 'MIDTRANS',
  shippingAddress: {
    recipientName: 'Siti Aminah',
    phone: '081234567890',
    street: 'Jl. Kemiren No. 7',
    village: 'Kemiren',
    district: 'Glagah',
    regency: 'Banyuwangi',
    province: 'Jawa Timur',
    postalCode: '68432',
  },
  sellerOrders: [
    {
      sellerId: SHOP,
      shippingOption: 'REGULER',
      courier: 'JNE',
      shippingFee: 18_000,
      lines: [
        {
          productId: randomUUID(),
          variantId: randomUUID(),
          title: 'Kopi Osing 250 g',
          sku: 'KOP-250',
          unitPrice: 45_000,
          quantity: 2,
        },
      ],
    },
  ],
});

const eventsFor = (buyerId: string) =>
  orders.orm.em
    .fork()
    .find(NotificationOutbox, { recipientUserId: buyerId }, { orderBy: { createdAt: 'asc', type: 'asc' } });

beforeAll(async () => {
  sellers = await startContractFake('sellers', { internalShopByOwner: () => ({ id: SHOP }) });
  orders = await startSubgraphForTest(subgraph, inject('databaseUrl'), {
    SELLERS_URL: sellers.url,
    PRODUCTS_URL: 'http://127.0.0.1:1/graphql',
    // Nobody listens: the relay leaves the events in the outbox for the test to read.
    NOTIFICATIONS_URL: 'http://127.0.0.1:1/graphql',
    LOG_LEVEL: 'fatal',
  });
});
afterAll(async () => {
  await orders?.close();
  await sellers?.close();
});

describe('buyer notifications from orders (decision 028)', () => {
  it('writes order.placed with the placement, and one order.paid however often the payment is reported', async () => {
    const buyer = randomUUID();
    const placed = await OrderService.createForSeed(orders.orm.em.fork(), order(buyer));
    expect((await eventsFor(buyer)).map((e) => e.type)).toEqual(['order.placed']);
    expect(await applyPaymentOutcome(orders.orm.em.fork(), products, placed.id, 'PAID')).toBe('APPLIED');
    expect(await applyPaymentOutcome(orders.orm.em.fork(), products, placed.id, 'PAID')).toBe('DUPLICATE');
    // An expiry after the payment changes nothing and tells nobody.
    expect(await applyPaymentOutcome(orders.orm.em.fork(), products, placed.id, 'EXPIRED')).toBe('IGNORED');
    const events = await eventsFor(buyer);
    expect(events.map((e) => e.type)).toEqual(['order.placed', 'order.paid']);
    expect(events[1]).toMatchObject({ link: `/akun/pesanan/${placed.id}` });
    expect(events[1]!.data).toMatchObject({ orderCode: placed.code, totalRupiah: placed.totalAmount });
  });

  it('writes order.payment_expired when the window ends', async () => {
    const buyer = randomUUID();
    const placed = await OrderService.createForSeed(orders.orm.em.fork(), order(buyer));
    await applyPaymentOutcome(orders.orm.em.fork(), products, placed.id, 'EXPIRED');
    expect((await eventsFor(buyer)).map((e) => e.type)).toEqual(['order.placed', 'order.payment_expired']);
  });

  it("writes accepted and shipped (courier, tracking number) on the seller's steps, nothing for a refused step", async () => {
    const buyer = randomUUID();
    const placed = await OrderService.createForSeed(orders.orm.em.fork(), order(buyer));
    await applyPaymentOutcome(orders.orm.em.fork(), products, placed.id, 'PAID');
    const part = await orders.orm.em.fork().findOneOrFail(SellerOrder, { order: placed.id });
    const seller = await signUserToken(
      { userId: OWNER, roles: ['SELLER'] },
      { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' },
    );
    const ship = 'mutation($id: ID!) { shipSellerOrder(id: $id, courier: "JNE", trackingNumber: "JNE123") { status } }';
    // Not accepted yet: refused, and nothing written.
    expect((await orders.request(ship, { id: part.id }, seller)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const accept = await orders.request(
      'mutation($id: ID!) { acceptSellerOrder(id: $id) { status } }',
      { id: part.id },
      seller,
    );
    expect(accept.errors).toBeUndefined();
    expect((await orders.request(ship, { id: part.id }, seller)).errors).toBeUndefined();
    const events = await eventsFor(buyer);
    expect(events.map((e) => e.type)).toEqual(['order.placed', 'order.paid', 'order.accepted', 'order.shipped']);
    expect(events[3]!.data).toMatchObject({ courier: 'JNE', trackingNumber: 'JNE123' });
  });
});
