import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { signServiceToken, signUserToken } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { OrdersEnv } from '../env.js';
import { subgraph } from '../index.js';

const JWT = { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' };
const SALES =
  'query($from: DateTimeISO!, $to: DateTimeISO!) { internalSalesBySeller(from: $from, to: $to) { sellerId salesRupiah orders } }';
type Sales = { internalSalesBySeller: { sellerId: string; salesRupiah: number; orders: number }[] };

let orders: SubgraphUnderTest<OrdersEnv>;
const shopA = randomUUID();
const shopB = randomUUID();

/** One order with one part per shop given, placed at `at` (straight into the tables: a fixture). */
async function order(at: string, parts: [sellerId: string, status: string, itemsTotal: number][]) {
  const id = randomUUID();
  const total = parts.reduce((sum, [, , items]) => sum + items, 0);
  const connection = orders.orm.em.fork().getConnection();
  await connection.execute(
    `insert into orders.orders (id, code, buyer_id, status, payment_method, items_total, shipping_total, total_amount, shipping_address, created_at)
     values (?, ?, ?, 'PAID', 'MIDTRANS', ?, 0, ?, '{}'::jsonb, ?)`,
    [id, `UJI-${id.slice(0, 8)}`, randomUUID(), total, total, at],
  );
  for (const [sellerId, status, itemsTotal] of parts)
    await connection.execute(
      `insert into orders.seller_orders (id, order_id, seller_id, status, items_total, shipping_fee, shipping_option, created_at)
       values (?, ?, ?, ?, ?, 10000, 'JNE REG', ?)`,
      [randomUUID(), id, sellerId, status, itemsTotal, at],
    );
}

beforeAll(async () => {
  orders = await startSubgraphForTest(subgraph, inject('databaseUrl'));
  await order('2031-03-02T10:00:00Z', [
    [shopA, 'PAID', 150_000],
    [shopB, 'COMPLETED', 2_000_000_000],
  ]);
  await order('2031-03-20T10:00:00Z', [[shopB, 'PROCESSING', 500_000_000]]); // COD, counted: more than 2^31 in all
  await order('2031-03-21T10:00:00Z', [[shopA, 'PENDING_PAYMENT', 90_000]]);
  await order('2031-03-22T10:00:00Z', [[shopA, 'CANCELLED', 80_000]]);
  await order('2031-03-23T10:00:00Z', [[shopA, 'REFUNDED', 70_000]]);
  await order('2031-04-01T00:00:00Z', [[shopA, 'PAID', 60_000]]); // the period's end is not in it
});
afterAll(() => orders?.close());

describe('internalSalesBySeller', () => {
  it("sums each shop's paid parts (items, not shipping) among orders placed in [from, to)", async () => {
    const result = await orders.request<Sales>(
      SALES,
      { from: '2031-03-01T00:00:00Z', to: '2031-04-01T00:00:00Z' },
      await signServiceToken('sellers', JWT),
    );
    expect(result.errors).toBeUndefined();
    const bySeller = new Map(result.data!.internalSalesBySeller.map((row) => [row.sellerId, row]));
    expect(bySeller.get(shopA)).toEqual({ sellerId: shopA, salesRupiah: 150_000, orders: 1 });
    expect(bySeller.get(shopB)).toEqual({ sellerId: shopB, salesRupiah: 2_500_000_000, orders: 2 });
  });

  it('answers services only, for a period that ends after it starts', async () => {
    const period = { from: '2031-03-01T00:00:00Z', to: '2031-04-01T00:00:00Z' };
    const asUser = await orders.request(
      SALES,
      period,
      await signUserToken({ userId: randomUUID(), roles: ['ADMIN'] }, JWT),
    );
    expect(asUser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const backwards = await orders.request(
      SALES,
      { from: period.to, to: period.from },
      await signServiceToken('sellers', JWT),
    );
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'to' }] });
  });
});
