import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { signServiceToken, signUserToken } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ProductsEnv } from '../env.js';
import { subgraph } from '../index.js';

const JWT = { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' };
const RESERVE =
  'mutation($o: ID!, $l: [ReservationLineInput!]!) { internalReserveStock(orderId: $o, lines: $l) { state } }';
const RELEASE = 'mutation($o: ID!, $v: [ID!]) { internalReleaseStock(orderId: $o, variantIds: $v) { state } }';
const COMMIT = 'mutation($o: ID!) { internalCommitStock(orderId: $o) { state } }';

let products: SubgraphUnderTest<ProductsEnv>;
let service: string;

async function variant(stock: number, status = 'ACTIVE'): Promise<string> {
  const knex = products.orm.em.getConnection().getKnex();
  const category = randomUUID();
  const product = randomUUID();
  const id = randomUUID();
  await knex.raw(`insert into products.categories (id, slug, name, name_en) values (?, ?, 'K', 'C')`, [
    category,
    `k-${category}`,
  ]);
  await knex.raw(
    `insert into products.products (id, slug, title, description, category_id, seller_id, owner_user_id, status) values (?, ?, 'Kopi', '', ?, ?, ?, ?)`,
    [product, `p-${product}`, category, randomUUID(), randomUUID(), status],
  );
  await knex.raw(
    `insert into products.product_variants (id, product_id, sku, name, price, stock, weight_grams) values (?, ?, ?, '250 g', 30000, ?, 250)`,
    [id, product, `S-${id.slice(0, 12)}`, stock],
  );
  return id;
}
const stockOf = async (id: string) =>
  Number(
    (
      await products.orm.em
        .getConnection()
        .getKnex()
        .raw('select stock from products.product_variants where id = ?', [id])
    ).rows[0].stock,
  );

beforeAll(async () => {
  products = await startSubgraphForTest(subgraph, inject('databaseUrl'));
  service = await signServiceToken('orders', JWT);
});
afterAll(() => products?.close());

describe('stock reservations', () => {
  it('are for services only and hidden', async () => {
    const user = await signUserToken({ userId: randomUUID(), roles: ['BUYER'] }, JWT);
    const result = await products.request(RESERVE, { o: randomUUID(), l: [] }, user);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('take all lines or none, and are idempotent by order id', async () => {
    const [a, b] = [await variant(5), await variant(1)];
    const order = randomUUID();
    const refused = await products.request(
      RESERVE,
      {
        o: order,
        l: [
          { variantId: a, quantity: 2 },
          { variantId: b, quantity: 2 },
        ],
      },
      service,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect([await stockOf(a), await stockOf(b)]).toEqual([5, 1]);

    const again = randomUUID();
    for (let i = 0; i < 3; i++) {
      const ok = await products.request<{ internalReserveStock: { state: string } }>(
        RESERVE,
        {
          o: again,
          l: [
            { variantId: a, quantity: 2 },
            { variantId: b, quantity: 1 },
          ],
        },
        service,
      );
      expect(ok.data?.internalReserveStock.state).toBe('RESERVED');
    }
    expect([await stockOf(a), await stockOf(b)]).toEqual([3, 0]);

    await products.request(RELEASE, { o: again, v: [b] }, service);
    expect([await stockOf(a), await stockOf(b)]).toEqual([3, 1]);
    await products.request(COMMIT, { o: again }, service);
    await products.request(RELEASE, { o: again }, service);
    await products.request(RELEASE, { o: again }, service);
    expect([await stockOf(a), await stockOf(b)]).toEqual([5, 1]);
  });

  it('never oversell under concurrency, and refuse products not for sale', async () => {
    const hot = await variant(7);
    const results = await Promise.all(
      Array.from({ length: 40 }, () =>
        products.request(RESERVE, { o: randomUUID(), l: [{ variantId: hot, quantity: 1 }] }, service),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(7);
    expect(await stockOf(hot)).toBe(0);
    const draft = await variant(3, 'DRAFT');
    expect(
      (await products.request(RESERVE, { o: randomUUID(), l: [{ variantId: draft, quantity: 1 }] }, service))
        .errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
  });
});
