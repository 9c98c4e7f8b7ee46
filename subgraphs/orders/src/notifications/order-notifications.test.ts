import {
  startContractFake,
  startSubgraphForTest,
  TEST_JWT_SECRET,
  type ContractFake,
  type SubgraphUnderTest,
} from '@kampung/devtools';
import { NotificationFanout, NotificationOutbox, notificationEventId, signUserToken } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ProductsClient } from '../clients/products.client.js';
import type { OrdersEnv } from '../env.js';
import { OrderService, subgraph, type PlaceOrderInput } from '../index.js';
import { SellerOrder } from '../orders/seller-order.entity.js';
import { applyPaymentOutcome } from '../payments/payment-state.js';
import { remindReviews } from './review-reminders.js';

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

  it('asks the buyer once to review a part delivered REVIEW_REMINDER_DAYS ago, not one already reviewed', async () => {
    const sql = (query: string, params: unknown[] = []) => orders.orm.em.fork().getConnection().execute(query, params);
    const deliveredDaysAgo = async (buyer: string, days: number) => {
      const placed = await OrderService.createForSeed(orders.orm.em.fork(), order(buyer));
      const part = await orders.orm.em.fork().findOneOrFail(SellerOrder, { order: placed.id });
      await sql(`update "orders"."seller_orders" set status = 'DELIVERED' where id = ?`, [part.id]);
      await sql(
        `insert into "orders"."order_events" (id, order_id, seller_order_id, to_status, created_at)
          values (gen_random_uuid(), ?, ?, 'DELIVERED', now() - ? * interval '1 day')`,
        [placed.id, part.id, days],
      );
      return { placed, part };
    };
    const [ani, budi, citra] = [randomUUID(), randomUUID(), randomUUID()];
    const due = await deliveredDaysAgo(ani, 4);
    await deliveredDaysAgo(budi, 1); // not yet
    const reviewed = await deliveredDaysAgo(citra, 5);
    await sql(
      `insert into "orders"."reviews" (id, order_line_id, product_id, buyer_id, rating, created_at)
        select gen_random_uuid(), l.id, l.product_id, ?, 5, now() from "orders"."order_lines" l where l.seller_order_id = ?`,
      [citra, reviewed.part.id],
    );

    expect(await remindReviews(orders.orm.em.fork(), 3)).toBeGreaterThanOrEqual(1);
    expect(await remindReviews(orders.orm.em.fork(), 3)).toBe(0);
    const reminders = (await eventsFor(ani)).filter((e) => e.type === 'order.review_reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      id: notificationEventId(due.part.id, 'order.review_reminder'),
      link: `/akun/pesanan/${due.placed.id}`,
    });
    expect((await eventsFor(budi)).some((e) => e.type === 'order.review_reminder')).toBe(false);
    expect((await eventsFor(citra)).some((e) => e.type === 'order.review_reminder')).toBe(false);
  });

  it('tells the shop of a new order through a group event for its owner (shop:<id>)', async () => {
    const placed = await OrderService.createForSeed(orders.orm.em.fork(), order(randomUUID()));
    const part = await orders.orm.em.fork().findOneOrFail(SellerOrder, { order: placed.id });
    expect(
      await orders.orm.em.fork().findOne(NotificationFanout, { id: notificationEventId(part.id, 'shop.new_order') }),
    ).toMatchObject({
      type: 'shop.new_order',
      audience: `shop:${SHOP}`,
      link: `/penjual/pesanan/${part.id}`,
      data: { orderCode: placed.code, total: 2 * 45_000 + 18_000 },
    });
  });
});
