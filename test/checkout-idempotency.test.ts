import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type pg from 'pg';
import { ADD, ADDRESS, connectDb, freshShop, freshVariant, stockOf } from './support/checkout.js';
import { callApi, signUpFresh } from './support/client.js';

/**
 * The storefront's checkout form carries one idempotency key per rendered form: the same form
 * sent twice (a double click, a browser retry after a lost answer) places one order.
 */
let db: pg.Client;
beforeAll(async () => {
  db = await connectDb();
});
afterAll(async () => db.end());

const sessionCookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith('__session='))
    ?.split(';')[0];

describe('checkout form idempotency', () => {
  it('a checkout form posted twice at once places one order and reserves stock once', async () => {
    const { storefrontUrl } = inject('system');
    const shop = await freshShop('Toko Kunci');
    const { variantId } = await freshVariant(db, shop, 42_000, 10);
    const buyer = await signUpFresh('pembeli');
    const added = await callApi(ADD, { variantId, quantity: 2 }, { token: buyer.token });
    expect(added.errors).toBeUndefined();

    const signIn = await fetch(`${storefrontUrl}/masuk`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: storefrontUrl, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: buyer.email, password: 'rahasia-uji-123', redirectTo: '/' }),
    });
    const cookie = sessionCookieOf(signIn);
    expect(cookie).toBeTruthy();

    const page = await (await fetch(`${storefrontUrl}/checkout`, { headers: { cookie: cookie! } })).text();
    const key = /name="idempotencyKey" value="([^"]+)"/.exec(page)?.[1];
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    const again = await (await fetch(`${storefrontUrl}/checkout`, { headers: { cookie: cookie! } })).text();
    expect(/name="idempotencyKey" value="([^"]+)"/.exec(again)?.[1]).not.toBe(key);

    const form = new URLSearchParams({
      ...ADDRESS,
      idempotencyKey: key!,
      sellerId: shop.shopId,
      [`shipping-${shop.shopId}`]: 'KURIR_LOKAL',
      paymentMethod: 'COD',
    });
    const post = () =>
      fetch(`${storefrontUrl}/checkout`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: cookie!, origin: storefrontUrl, 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
      });
    const [first, second] = await Promise.all([post(), post()]);
    expect([first.status, second.status]).toEqual([302, 302]);
    const target = first.headers.get('location');
    expect(target).toMatch(/^\/akun\/pesanan\/[0-9a-f-]{36}$/);
    expect(second.headers.get('location')).toBe(target);

    const orders = await db.query<{ count: string }>('select count(*) from orders.orders where buyer_id = $1', [
      buyer.id,
    ]);
    expect(Number(orders.rows[0]!.count)).toBe(1);
    expect(await stockOf(db, variantId)).toBe(8);
  });
});
