import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callApi, signUpFresh } from './support/client.js';
import { graphql } from './support/graphql.js';
import {
  ADD,
  ADDRESS,
  CHECKOUT,
  connectDb,
  freshShop,
  freshVariant,
  ORDER,
  stockOf,
  type Shop,
} from './support/checkout.js';

let db: pg.Client;
let shopA: Shop;
let shopB: Shop;
beforeAll(async () => {
  db = await connectDb();
  [shopA, shopB] = await Promise.all([freshShop('Batik A'), freshShop('Kopi B')]);
});
afterAll(() => db?.end());

const INBOX = graphql(
  '{ sellerInbox { totalCount edges { node { id orderId status shippingAddress { village } lines { title } } } } }',
);
const PART = graphql('query($id: ID!) { sellerOrder(id: $id) { id status } }');
const PART_FIELDS = graphql(
  'fragment PartFields on SellerOrder { id status courier trackingNumber cancelReason refundStatus }',
);
const ACCEPT = graphql('mutation($id: ID!) { acceptSellerOrder(id: $id) { ...PartFields } }', [PART_FIELDS]);
const SHIP = graphql(
  'mutation($id: ID!, $courier: String!, $trackingNumber: String!) { shipSellerOrder(id: $id, courier: $courier, trackingNumber: $trackingNumber) { ...PartFields } }',
  [PART_FIELDS],
);
const DELIVER = graphql('mutation($id: ID!) { deliverSellerOrder(id: $id) { ...PartFields } }', [PART_FIELDS]);
const CANCEL = graphql(
  'mutation($id: ID!, $reason: String!) { cancelSellerOrder(id: $id, reason: $reason) { ...PartFields } }',
  [PART_FIELDS],
);

async function codOrderFromBoth() {
  const [a, b] = await Promise.all([freshVariant(db, shopA, 250_000, 5), freshVariant(db, shopB, 60_000, 5)]);
  const buyer = await signUpFresh('dua-toko');
  await callApi(ADD, { variantId: a.variantId, quantity: 1 }, { token: buyer.token });
  await callApi(ADD, { variantId: b.variantId, quantity: 2 }, { token: buyer.token });
  const placed = await callApi(
    CHECKOUT,
    {
      input: {
        shippingAddress: ADDRESS,
        shipping: [
          { sellerId: shopA.shopId, option: 'JNE_REG' },
          { sellerId: shopB.shopId, option: 'PICKUP' },
        ],
        paymentMethod: 'COD',
      },
    },
    { token: buyer.token },
  );
  if (!placed.data) throw new Error(JSON.stringify(placed.errors));
  const order = await callApi(ORDER, { id: placed.data.checkout.order.id }, { token: buyer.token });
  const parts = order.data!.order!.sellerOrders;
  return {
    buyer,
    order: placed.data.checkout.order,
    a,
    b,
    partA: parts.find((p) => p.seller?.id === shopA.shopId)!.id,
    partB: parts.find((p) => p.seller?.id === shopB.shopId)!.id,
  };
}

describe('orders across two shops', () => {
  it('splits one order into one part per shop with integer totals', async () => {
    const { order } = await codOrderFromBoth();
    expect(order.totalAmount).toBe(250_000 + 25_000 + 2 * 60_000);
    expect(order.status).toBe('PROCESSING');
  });

  it('a seller sees and changes only their own part', async () => {
    const { partA, partB } = await codOrderFromBoth();
    const inboxA = await callApi(INBOX, {}, { token: shopA.token });
    expect(inboxA.errors).toBeUndefined();
    const ids = inboxA.data!.sellerInbox.edges.map((e) => e.node.id);
    expect(ids).toContain(partA);
    expect(ids).not.toContain(partB);
    expect((await callApi(PART, { id: partB }, { token: shopA.token })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    const changed = await callApi(ACCEPT, { id: partB }, { token: shopA.token });
    expect(changed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await db.query('select status from orders.seller_orders where id = $1', [partB])).rows[0].status).toBe(
      'PROCESSING',
    );
  });

  it('a buyer cannot see another buyer’s order', async () => {
    const { order } = await codOrderFromBoth();
    const other = await signUpFresh('intip');
    const seen = await callApi(ORDER, { id: order.id }, { token: other.token });
    expect(seen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(seen.data?.order ?? null).toBeNull();
  });

  it('runs accept → ship → deliver → confirm, refuses illegal steps, and lets the buyer review once', async () => {
    const { buyer, order, partA, partB, a, b } = await codOrderFromBoth();
    const early = await callApi(SHIP, { id: partA, courier: 'JNE', trackingNumber: 'X1' }, { token: shopA.token });
    expect(early.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(early.errors?.[0]?.extensions?.messageEn).toMatch(/Cannot ship/);

    expect((await callApi(ACCEPT, { id: partA }, { token: shopA.token })).errors).toBeUndefined();
    const shipped = await callApi(
      SHIP,
      { id: partA, courier: 'JNE REG', trackingNumber: 'JNE123456' },
      { token: shopA.token },
    );
    expect(shipped.data?.shipSellerOrder).toMatchObject({ status: 'SHIPPED', trackingNumber: 'JNE123456' });
    expect(
      (await callApi(CANCEL, { id: partA, reason: 'Terlambat' }, { token: shopA.token })).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
    await callApi(DELIVER, { id: partA }, { token: shopA.token });

    // Shop B cancels its part before shipping: its stock comes back.
    const cancelled = await callApi(CANCEL, { id: partB, reason: 'Stok rusak karena hujan' }, { token: shopB.token });
    expect(cancelled.data?.cancelSellerOrder).toMatchObject({
      status: 'CANCELLED',
      cancelReason: 'Stok rusak karena hujan',
    });
    expect(await stockOf(db, b.variantId)).toBe(5);
    expect(await stockOf(db, a.variantId)).toBe(4);

    const done = await callApi(
      graphql('mutation($id: ID!) { confirmOrderReceived(orderId: $id) { status } }'),
      { id: order.id },
      { token: buyer.token },
    );
    expect(done.data?.confirmOrderReceived.status).toBe('COMPLETED');
    const detail = await callApi(ORDER, { id: order.id }, { token: buyer.token });
    expect(detail.data?.order!.payment!.status).toBe('PAID');
    expect(detail.data?.order!.events.length).toBeGreaterThanOrEqual(7);

    const lineId = (await db.query('select id from orders.order_lines where seller_order_id = $1', [partA])).rows[0]
      .id as string;
    const REVIEW = graphql(
      'mutation($id: ID!, $r: Int!) { reviewOrderLine(orderLineId: $id, rating: $r, comment: "Batiknya halus") { id rating } }',
    );
    expect((await callApi(REVIEW, { id: lineId, r: 4 }, { token: buyer.token })).errors).toBeUndefined();
    expect((await callApi(REVIEW, { id: lineId, r: 5 }, { token: buyer.token })).errors?.[0]?.extensions?.code).toBe(
      'CONFLICT',
    );
    // Product.rating is contributed by orders: ask the orders subgraph for the entity directly
    // (a raw string: _entities is the subgraph's federation field, in no committed schema).
    const rating = await callApi(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { rating { average count } } } }',
      { r: [{ __typename: 'Product', id: a.productId }] },
      { url: inject('system').subgraphUrls.orders },
    );
    expect(rating.data?._entities[0]?.rating, JSON.stringify(rating)).toEqual({ average: 4, count: 1 });
  });

  it('a delivered part completes on its own after AUTO_COMPLETE_DAYS', async () => {
    const { order, partA, partB } = await codOrderFromBoth();
    for (const [part, shop] of [
      [partA, shopA],
      [partB, shopB],
    ] as const) {
      await callApi(ACCEPT, { id: part }, { token: shop.token });
      await callApi(SHIP, { id: part, courier: 'Kurir lokal', trackingNumber: 'KL-1' }, { token: shop.token });
      await callApi(DELIVER, { id: part }, { token: shop.token });
    }
    await db.query(`update orders.seller_orders set updated_at = now() - interval '8 days' where order_id = $1`, [
      order.id,
    ]);
    const deadline = Date.now() + 15_000;
    const statusOf = async () =>
      (await db.query('select status from orders.orders where id = $1', [order.id])).rows[0].status as string;
    while ((await statusOf()) !== 'COMPLETED' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(await statusOf()).toBe('COMPLETED');
    const events = await db.query(
      `select count(*)::int as n from orders.order_events where order_id = $1 and to_status = 'COMPLETED' and actor_id is null`,
      [order.id],
    );
    expect(events.rows[0].n).toBe(3);
  }, 30_000);
});
