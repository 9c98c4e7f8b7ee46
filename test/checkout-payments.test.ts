import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { notificationBody } from './support/fake-midtrans.js';
import { callApi, signUpFresh } from './support/client.js';
import { graphql } from './support/graphql.js';
import {
  ADD,
  ADDRESS,
  buyOne,
  CHECKOUT,
  connectDb,
  freshShop,
  freshVariant,
  notify,
  ORDER,
  setFakeStatus,
  stockOf,
  type Shop,
} from './support/checkout.js';

let db: pg.Client;
let shop: Shop;
beforeAll(async () => {
  db = await connectDb();
  shop = await freshShop('Kopi Checkout');
});
afterAll(() => db?.end());

const serverKey = () => inject('midtrans').serverKey;
const orderStatus = async (id: string) =>
  (await db.query<{ status: string }>('select status from orders.orders where id = $1', [id])).rows[0]?.status;
const eventCount = async (id: string) =>
  Number((await db.query('select count(*) from orders.order_events where order_id = $1', [id])).rows[0].count);

describe('checkout under concurrency', () => {
  it('50 concurrent checkouts for a variant with stock 5 give exactly 5 orders and stock 0', async () => {
    const { variantId } = await freshVariant(db, shop, 45_000, 5);
    const buyers = await Promise.all(Array.from({ length: 50 }, () => signUpFresh('rebutan')));
    // Everyone gets it into the cart while there is stock; then all check out at once.
    await Promise.all(buyers.map((buyer) => callApi(ADD, { variantId, quantity: 1 }, { token: buyer.token })));
    const results = await Promise.all(
      buyers.map((buyer) =>
        callApi(
          CHECKOUT,
          {
            input: {
              shippingAddress: ADDRESS,
              shipping: [{ sellerId: shop.shopId, option: 'PICKUP' }],
              paymentMethod: 'COD',
            },
          },
          { token: buyer.token },
        ),
      ),
    );
    const placed = results.filter((r) => r.data?.checkout);
    expect(placed).toHaveLength(5);
    for (const failed of results.filter((r) => !r.data?.checkout))
      expect(failed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await stockOf(db, variantId)).toBe(0);
    const lines = await db.query(
      'select coalesce(sum(quantity), 0)::int as sold from orders.order_lines where variant_id = $1',
      [variantId],
    );
    expect(lines.rows[0].sold).toBe(5);
    const held = await db.query(
      `select count(*)::int as n from products.stock_reservations where variant_id = $1 and state <> 'RELEASED'`,
      [variantId],
    );
    expect(held.rows[0].n).toBe(5);
  }, 60_000);

  it('a double-submitted checkout places one order and takes the stock once', async () => {
    const { variantId } = await freshVariant(db, shop, 10_000, 5);
    const buyer = await signUpFresh('dobel');
    await callApi(ADD, { variantId, quantity: 2 }, { token: buyer.token });
    const input = {
      shippingAddress: ADDRESS,
      shipping: [{ sellerId: shop.shopId, option: 'PICKUP' }],
      paymentMethod: 'COD' as const,
    };
    const results = await Promise.all([1, 2, 3].map(() => callApi(CHECKOUT, { input }, { token: buyer.token })));
    expect(results.filter((r) => r.data?.checkout)).toHaveLength(1);
    expect(await stockOf(db, variantId)).toBe(3);
  });
});

describe('Midtrans notifications', () => {
  it('creates a Snap transaction whose items add up to the total, and settles once on a repeated settlement', async () => {
    const { variantId } = await freshVariant(db, shop, 150_000, 3);
    const { buyer, result } = await buyOne(variantId, shop.shopId);
    const order = result.data!.checkout.order;
    expect(order.status).toBe('PENDING_PAYMENT');
    expect(order.totalAmount).toBe(165_000);
    expect(result.data!.checkout.redirectUrl).toContain(inject('midtrans').url);
    const sent = (await (
      await fetch(`${inject('midtrans').url}/__control/transactions?order_id=${order.id}`)
    ).json()) as { body: { transaction_details: { gross_amount: number } } };
    expect(sent.body.transaction_details.gross_amount).toBe(165_000);

    await setFakeStatus(order.id, 'settlement');
    const first = await notify(notificationBody(order.id, 'settlement', 165_000, serverKey()));
    expect(first.status).toBe(200);
    expect(await orderStatus(order.id)).toBe('PAID');
    const events = await eventCount(order.id);
    const again = await notify(notificationBody(order.id, 'settlement', 165_000, serverKey()));
    expect(again.status).toBe(200);
    expect(await eventCount(order.id)).toBe(events);
    const reservation = await db.query('select state from products.stock_reservations where order_id = $1', [order.id]);
    expect(reservation.rows.map((r) => r.state)).toEqual(['COMMITTED']);

    // A late `pending` (and even an `expire`) never moves a paid order backwards.
    await setFakeStatus(order.id, 'pending');
    expect((await notify(notificationBody(order.id, 'pending', 165_000, serverKey()))).status).toBe(200);
    await setFakeStatus(order.id, 'expire');
    expect((await notify(notificationBody(order.id, 'expire', 165_000, serverKey()))).status).toBe(200);
    expect(await orderStatus(order.id)).toBe('PAID');
    expect(await stockOf(db, variantId)).toBe(2);

    const seen = await callApi(ORDER, { id: order.id }, { token: buyer.token });
    expect(seen.data?.order!.status).toBe('PAID');
    expect(seen.data?.order!.payment!.status).toBe('PAID');
    expect(seen.data?.order!.events.map((e) => e.toStatus)).toContain('PAID');
    const stored = await db.query(
      'select outcome from orders.payment_notifications where order_id = $1 order by created_at',
      [order.id],
    );
    expect(stored.rows.map((r) => r.outcome)).toEqual(['APPLIED', 'DUPLICATE', 'IGNORED', 'IGNORED']);
  });

  it('answers within 5 s, and a refund after payment moves the order to REFUNDED', async () => {
    const { variantId } = await freshVariant(db, shop, 20_000, 2);
    const { result } = await buyOne(variantId, shop.shopId);
    const order = result.data!.checkout.order;
    await setFakeStatus(order.id, 'settlement');
    const started = Date.now();
    expect((await notify(notificationBody(order.id, 'settlement', order.totalAmount, serverKey()))).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(5_000);
    await setFakeStatus(order.id, 'refund');
    expect((await notify(notificationBody(order.id, 'refund', order.totalAmount, serverKey()))).status).toBe(200);
    expect(await orderStatus(order.id)).toBe('REFUNDED');
  });

  it('refuses a forged notification (403) and changes nothing', async () => {
    const { variantId } = await freshVariant(db, shop, 20_000, 2);
    const { result } = await buyOne(variantId, shop.shopId);
    const order = result.data!.checkout.order;
    await setFakeStatus(order.id, 'settlement');
    const forged = await notify(notificationBody(order.id, 'settlement', order.totalAmount, 'not-the-server-key'));
    expect(forged.status).toBe(403);
    const tampered = {
      ...notificationBody(order.id, 'pending', order.totalAmount, serverKey()),
      transaction_status: 'settlement',
      status_code: '200',
    };
    expect((await notify(tampered)).status).toBe(403);
    expect(await orderStatus(order.id)).toBe('PENDING_PAYMENT');
    const stored = await db.query(
      `select outcome, signature_valid from orders.payment_notifications where order_id = $1`,
      [order.id],
    );
    expect(stored.rows).toEqual([
      { outcome: 'BAD_SIGNATURE', signature_valid: false },
      { outcome: 'BAD_SIGNATURE', signature_valid: false },
    ]);
  });

  it('refuses an amount that does not match the order', async () => {
    const { variantId } = await freshVariant(db, shop, 20_000, 2);
    const { result } = await buyOne(variantId, shop.shopId);
    const order = result.data!.checkout.order;
    await setFakeStatus(order.id, 'settlement');
    const response = await notify(notificationBody(order.id, 'settlement', order.totalAmount - 1, serverKey()));
    expect(response.status).toBe(400);
    expect(await orderStatus(order.id)).toBe('PENDING_PAYMENT');
  });

  it('does not trust the notification alone: the status API must confirm it', async () => {
    const { variantId } = await freshVariant(db, shop, 20_000, 2);
    const { result } = await buyOne(variantId, shop.shopId);
    const order = result.data!.checkout.order;
    // Correctly signed "settlement", but Midtrans still says pending.
    expect((await notify(notificationBody(order.id, 'settlement', order.totalAmount, serverKey()))).status).toBe(200);
    expect(await orderStatus(order.id)).toBe('PENDING_PAYMENT');
  });

  it('a cancelled payment cancels the order and gives the stock back', async () => {
    const { variantId } = await freshVariant(db, shop, 20_000, 2);
    const { result } = await buyOne(variantId, shop.shopId);
    const order = result.data!.checkout.order;
    expect(await stockOf(db, variantId)).toBe(1);
    await setFakeStatus(order.id, 'cancel');
    expect((await notify(notificationBody(order.id, 'cancel', order.totalAmount, serverKey()))).status).toBe(200);
    expect(await orderStatus(order.id)).toBe('CANCELLED');
    expect(await stockOf(db, variantId)).toBe(2);
  });
});

describe('payment window', () => {
  it('an unpaid order past its payment window expires and gives its stock back', async () => {
    const { variantId } = await freshVariant(db, shop, 30_000, 4);
    const { result } = await buyOne(variantId, shop.shopId, 'MIDTRANS', 3);
    const order = result.data!.checkout.order;
    expect(await stockOf(db, variantId)).toBe(1);
    await db.query(`update orders.orders set payment_due_at = now() - interval '1 second' where id = $1`, [order.id]);
    const deadline = Date.now() + 15_000;
    while ((await orderStatus(order.id)) !== 'EXPIRED' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 250));
    expect(await orderStatus(order.id)).toBe('EXPIRED');
    expect(await stockOf(db, variantId)).toBe(4);
    // A settlement arriving after expiry does not revive it.
    await setFakeStatus(order.id, 'settlement');
    await notify(notificationBody(order.id, 'settlement', order.totalAmount, serverKey()));
    expect(await orderStatus(order.id)).toBe('EXPIRED');
  }, 30_000);
});

describe('cart', () => {
  it('re-reads prices and flags a changed price instead of changing it silently; guests merge on sign-in', async () => {
    const { variantId } = await freshVariant(db, shop, 10_000, 10);
    const guest = await callApi(ADD, { variantId, quantity: 2 });
    const token = guest.data!.addToCart.token;
    await db.query('update products.product_variants set price = 12000 where id = $1', [variantId]);
    const cart = await callApi(
      graphql('query($token: String) { cart(token: $token) { hasProblems itemsTotal lines { problem unitPrice } } }'),
      {
        token,
      },
    );
    expect(cart.data?.cart!.lines[0]).toEqual({ problem: 'PRICE_CHANGED', unitPrice: 12_000 });
    expect(cart.data?.cart!.hasProblems).toBe(true);

    const buyer = await signUpFresh('gabung');
    const merged = await callApi(
      graphql('mutation($t: String!) { mergeCart(guestToken: $t) { lines { id quantity } } }'),
      { t: token },
      { token: buyer.token },
    );
    expect(merged.data?.mergeCart.lines[0]?.quantity).toBe(2);
    const checkout = await callApi(
      CHECKOUT,
      {
        input: {
          shippingAddress: ADDRESS,
          shipping: [{ sellerId: shop.shopId, option: 'PICKUP' }],
          paymentMethod: 'COD',
        },
      },
      { token: buyer.token },
    );
    expect(checkout.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // Confirming the quantity confirms the new price.
    await callApi(
      graphql('mutation($id: ID!) { updateCartLine(lineId: $id, quantity: 2) { id } }'),
      { id: merged.data!.mergeCart.lines[0]!.id },
      { token: buyer.token },
    );
    const ok = await callApi(
      CHECKOUT,
      {
        input: {
          shippingAddress: ADDRESS,
          shipping: [{ sellerId: shop.shopId, option: 'PICKUP' }],
          paymentMethod: 'COD',
        },
      },
      { token: buyer.token },
    );
    expect(ok.data?.checkout.order.itemsTotal).toBe(24_000);
  });

  it('refuses more than the stock and reports checkout field errors', async () => {
    const { variantId } = await freshVariant(db, shop, 10_000, 1);
    const buyer = await signUpFresh('stok');
    const tooMany = await callApi(ADD, { variantId, quantity: 2 }, { token: buyer.token });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await callApi(ADD, { variantId, quantity: 1 }, { token: buyer.token });
    const bad = await callApi(
      CHECKOUT,
      {
        input: { shippingAddress: { ...ADDRESS, postalCode: '123', phone: '12' }, shipping: [], paymentMethod: 'COD' },
      },
      { token: buyer.token },
    );
    const fields = bad.errors?.[0]?.extensions?.fields?.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['shippingAddress.postalCode', 'shippingAddress.phone']));
  });
});
