import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { signUserToken, UserInputError, type Role } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { Order, OrderService, subgraph, type PlaceOrderInput } from '../index.js';

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; code: string } }[];
};

const MY_ORDERS =
  'query($first: Int, $after: String) { myOrders(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id code } } } }';
const ORDER = 'query($id: ID!) { order(id: $id) { id code buyer { id } } }';
const ENTITIES =
  'query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id } ... on User { id orders { totalCount } } } }';

let orders: SubgraphUnderTest<never>;

beforeAll(async () => {
  orders = (await startSubgraphForTest(subgraph, inject('databaseUrl'))) as never;
});
afterAll(() => orders?.close());
afterEach(() => vi.restoreAllMocks());

const tokenFor = (userId: string, roles: Role[] = ['BUYER']) =>
  signUserToken({ userId, roles }, { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' });

function demoOrder(buyerId: string, overrides: Partial<PlaceOrderInput> = {}): PlaceOrderInput {
  return {
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
        sellerId: randomUUID(),
        shippingOption: 'REGULER',
        courier: 'JNE',
        shippingFee: 18_000,
        lines: [
          {
            productId: randomUUID(),
            variantId: randomUUID(),
            title: 'Batik Gajah Oling Tulis',
            sku: 'BTK-GO-01',
            unitPrice: 450_000,
            quantity: 1,
          },
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
      {
        sellerId: randomUUID(),
        shippingOption: 'REGULER',
        shippingFee: 12_000,
        lines: [
          {
            productId: randomUUID(),
            variantId: randomUUID(),
            title: 'Buah Naga Merah 1 kg',
            sku: 'BN-1KG',
            unitPrice: 30_000,
            quantity: 3,
          },
        ],
      },
    ],
    ...overrides,
  };
}

const place = (buyerId: string, overrides?: Partial<PlaceOrderInput>) =>
  OrderService.createForSeed(orders.orm.em.fork(), demoOrder(buyerId, overrides));

describe('placing an order (seed)', () => {
  it('writes the order, one part per shop, lines, totals and a first event', async () => {
    const buyerId = randomUUID();
    const order = await place(buyerId);
    expect(order.code).toMatch(/^SK-\d{6}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(order).toMatchObject({
      status: 'PENDING_PAYMENT',
      itemsTotal: 630_000,
      shippingTotal: 30_000,
      totalAmount: 660_000,
    });
    expect(order.paymentDueAt).toBeInstanceOf(Date);

    const query = `query($id: ID!) { order(id: $id) { status events { fromStatus toStatus sellerOrderId }
      sellerOrders { status itemsTotal shippingFee seller { id } lines { sku quantity lineTotal variant { id } } } } }`;
    const result = await orders.request<{
      order: { events: unknown[]; sellerOrders: { itemsTotal: number; lines: { lineTotal: number }[] }[] };
    }>(query, { id: order.id }, await tokenFor(buyerId));
    expect(result.errors).toBeUndefined();
    expect(result.data?.order.events).toEqual([{ fromStatus: null, toStatus: 'PENDING_PAYMENT', sellerOrderId: null }]);
    expect(result.data?.order.sellerOrders.map((part) => part.itemsTotal).sort()).toEqual([540_000, 90_000].sort());
    expect(result.data?.order.sellerOrders.flatMap((part) => part.lines.map((line) => line.lineTotal)).sort()).toEqual(
      [450_000, 90_000, 90_000].sort(),
    );
  });

  it('starts cash on delivery at PROCESSING, without a payment deadline', async () => {
    const order = await place(randomUUID(), { paymentMethod: 'COD' });
    expect(order).toMatchObject({ status: 'PROCESSING', paymentDueAt: null });
  });

  it('refuses cash on delivery waiting for online payment', async () => {
    const error = await place(randomUUID(), { paymentMethod: 'COD', status: 'PENDING_PAYMENT' }).catch(
      (e: unknown) => e,
    );
    expect((error as UserInputError).fields?.[0]?.field).toBe('status');
  });

  it('refuses a zero quantity before writing anything', async () => {
    const buyerId = randomUUID();
    const input = demoOrder(buyerId);
    input.sellerOrders[0]!.lines[0]!.quantity = 0;
    const error = await OrderService.createForSeed(orders.orm.em.fork(), input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserInputError);
    expect((error as UserInputError).fields[0]).toMatchObject({
      field: 'sellerOrders.0.lines.0.quantity',
      messageEn: 'Quantity must be at least 1',
    });
    expect(await orders.orm.em.fork().count(Order, { buyerId })).toBe(0);
  });

  it('stores the shipping phone in one form however it was typed, and refuses a landline', async () => {
    const address = demoOrder(randomUUID()).shippingAddress;
    for (const typed of ['0812-3456-7890', '+62 812 3456 7890', '6281234567890']) {
      const order = await place(randomUUID(), { shippingAddress: { ...address, phone: typed } });
      expect(order.shippingAddress.phone).toBe('+6281234567890');
    }
    const error = await place(randomUUID(), { shippingAddress: { ...address, phone: '0333 123456' } }).catch(
      (e: unknown) => e,
    );
    expect((error as UserInputError).fields?.[0]?.field).toBe('shippingAddress.phone');
  });
});

describe('who may see an order', () => {
  it('lists only the caller’s own orders', async () => {
    const siti = randomUUID();
    const budi = randomUUID();
    const own = [await place(siti), await place(siti)];
    await place(budi);
    const result = await orders.request<{ myOrders: Page }>(MY_ORDERS, {}, await tokenFor(siti));
    expect(result.data?.myOrders.totalCount).toBe(2);
    expect(result.data?.myOrders.edges.map((e) => e.node.id).sort()).toEqual(own.map((o) => o.id).sort());
  });

  it('asks an anonymous caller to sign in', async () => {
    const result = await orders.request(MY_ORDERS);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers NOT_FOUND for another buyer’s order, as for one that does not exist; staff and the buyer see it', async () => {
    const owner = randomUUID();
    const order = await place(owner);
    const other = await orders.request(ORDER, { id: order.id }, await tokenFor(randomUUID()));
    const missing = await orders.request(ORDER, { id: randomUUID() }, await tokenFor(randomUUID()));
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(other.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);

    const staff = await orders.request<{ order: { code: string; buyer: { id: string } } }>(
      ORDER,
      { id: order.id },
      await tokenFor(randomUUID(), ['STAFF']),
    );
    expect(staff.data?.order).toEqual({ id: order.id, code: order.code, buyer: { id: owner } });
    const buyer = await orders.request<{ order: { id: string } }>(ORDER, { id: order.id }, await tokenFor(owner));
    expect(buyer.data?.order.id).toBe(order.id);
  });

  it('answers BAD_USER_INPUT for a malformed id, and null for a malformed reference', async () => {
    const token = await tokenFor(randomUUID(), ['STAFF']);
    const malformed = await orders.request(ORDER, { id: 'SK-261201-7K3QZ' }, token);
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id' }] });
    const reference = await orders.request<{ _entities: unknown[] }>(
      ENTITIES,
      { r: [{ __typename: 'Order', id: 'nope' }] },
      token,
    );
    expect(reference.data?._entities).toEqual([null]);
  });

  it('resolves an Order reference for its buyer only', async () => {
    const owner = randomUUID();
    const order = await place(owner);
    const representations = [{ __typename: 'Order', id: order.id }];
    const stranger = await orders.request<{ _entities: unknown[] }>(
      ENTITIES,
      { r: representations },
      await tokenFor(randomUUID()),
    );
    expect(stranger.data?._entities).toEqual([null]);
    const buyer = await orders.request<{ _entities: unknown[] }>(
      ENTITIES,
      { r: representations },
      await tokenFor(owner),
    );
    expect(buyer.data?._entities).toEqual([{ id: order.id }]);
  });

  it('forbids User.orders for another user, and allows it for the user and staff', async () => {
    const owner = randomUUID();
    await place(owner);
    const representations = [{ __typename: 'User', id: owner }];
    const stranger = await orders.request(ENTITIES, { r: representations }, await tokenFor(randomUUID()));
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const token of [await tokenFor(owner), await tokenFor(randomUUID(), ['STAFF'])]) {
      const allowed = await orders.request<{ _entities: { orders: { totalCount: number } }[] }>(
        ENTITIES,
        { r: representations },
        token,
      );
      expect(allowed.data?._entities[0]?.orders.totalCount).toBe(1);
    }
  });
});

describe('paging through orders', () => {
  it('walks every order once, newest first, also across equal timestamps', async () => {
    const buyerId = randomUUID();
    const placed: Order[] = [];
    for (let i = 0; i < 5; i++) placed.push(await place(buyerId));
    const sameMoment = new Date('2026-12-01T03:00:00.000Z');
    await orders.orm.em
      .fork()
      .nativeUpdate(Order, { id: { $in: placed.slice(1, 4).map((o) => o.id) } }, { createdAt: sameMoment });

    const token = await tokenFor(buyerId);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const result: { data?: { myOrders: Page } } = await orders.request<{ myOrders: Page }>(
        MY_ORDERS,
        { first: 2, after },
        token,
      );
      const connection = result.data!.myOrders;
      expect(connection.totalCount).toBe(5);
      expect(connection.pageInfo.hasNextPage).toBe(page < 2);
      seen.push(...connection.edges.map((e) => e.node.id));
      after = connection.pageInfo.endCursor;
    }
    const expected = await orders.orm.em
      .fork()
      .find(Order, { buyerId }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    expect(seen).toEqual(expected.map((o) => o.id));
  });

  it('rejects a page size over 100 and a forged cursor', async () => {
    const token = await tokenFor(randomUUID());
    const big = await orders.request(MY_ORDERS, { first: 101 }, token);
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'first' }] });
    const forged = await orders.request(MY_ORDERS, { after: 'bm90LWEtY3Vyc29y' }, token);
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });
  });

  it('loads parts, lines and events of a whole page in one query each', async () => {
    const buyerId = randomUUID();
    for (let i = 0; i < 3; i++) await place(buyerId);
    const find = vi.spyOn(Object.getPrototypeOf(orders.orm.em), 'find');
    const query = '{ myOrders { edges { node { events { toStatus } sellerOrders { lines { sku } } } } } }';
    const result = await orders.request<{ myOrders: { edges: { node: { sellerOrders: { lines: unknown[] }[] } }[] } }>(
      query,
      {},
      await tokenFor(buyerId),
    );
    expect(result.data?.myOrders.edges.flatMap((e) => e.node.sellerOrders.flatMap((part) => part.lines))).toHaveLength(
      9,
    );
    const entities = find.mock.calls.map(([entity]) => (entity as { name: string }).name);
    expect(entities.sort()).toEqual(['Order', 'OrderEvent', 'OrderLine', 'SellerOrder']);
  });
});
