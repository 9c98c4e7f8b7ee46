/// <reference lib="dom" />
import type pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findChromium, launchBrowser } from './support/browser.js';
import { callApi, signUpFresh } from './support/client.js';
import { graphql } from './support/graphql.js';
import { ADDRESS, connectDb, freshShop, freshVariant } from './support/checkout.js';

const chromiumPath = findChromium();
if (!chromiumPath && process.env.CI) throw new Error('Chromium is required in CI (apt-get install chromium)');

const INBOX = graphql('{ sellerInbox { edges { node { id orderId status lines { title } } } } }');

describe.skipIf(!chromiumPath)('checkout in a real browser', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let page: Page;
  let db: pg.Client;

  beforeAll(async () => {
    db = await connectDb();
    ({ browser, close } = await launchBrowser(chromiumPath!));
    page = await browser.newPage({ viewport: { width: 390, height: 800 }, locale: 'id-ID' });
  });
  afterAll(async () => {
    await close?.();
    await db?.end();
  });

  it('a guest fills a cart from two shops, signs in, checks out, pays on the Snap page and returns to a PAID order', async () => {
    const { storefrontUrl } = inject('system');
    const [shopA, shopB] = await Promise.all([freshShop('Batik Browser'), freshShop('Kopi Browser')]);
    const [a, b] = await Promise.all([freshVariant(db, shopA, 350_000, 3), freshVariant(db, shopB, 55_000, 3)]);
    const buyer = await signUpFresh('browser');

    // As a guest: the cart lives behind its own httpOnly cookie.
    await page.goto(`${storefrontUrl}/keranjang`);
    for (const variantId of [a.variantId, b.variantId]) {
      const status = await page.evaluate(
        async (id) =>
          (
            await fetch('/keranjang', {
              method: 'POST',
              body: new URLSearchParams({ intent: 'add', variantId: id, quantity: '1' }),
            })
          ).status,
        variantId,
      );
      expect(status).toBe(200);
    }
    const cookie = (await page.context().cookies()).find((c) => c.name === 'kampung_cart');
    expect(cookie?.httpOnly).toBe(true);

    await page.goto(`${storefrontUrl}/masuk`);
    await page.fill('input[name="email"]', buyer.email);
    await page.fill('input[name="password"]', 'rahasia-uji-123');
    await page.click('main button[type="submit"]');
    await page.locator('.greeting').waitFor();

    await page.goto(`${storefrontUrl}/keranjang`);
    expect(await page.getByTestId('cart-line').count()).toBe(2);
    await page.getByRole('link', { name: /checkout/i }).click();
    await page.waitForURL(/\/checkout$/);

    // First a field error, then the real address.
    await page.fill('input[name="postalCode"]', '12');
    for (const [name, value] of Object.entries(ADDRESS))
      if (name !== 'postalCode') await page.fill(`input[name="${name}"]`, value);
    await page.click('main button[type="submit"]');
    await page.locator('#field-postalCode-error').waitFor();
    await page.fill('input[name="postalCode"]', ADDRESS.postalCode);
    await page.check('input[name="paymentMethod"][value="MIDTRANS"]');
    await page.click('main button[type="submit"]');

    await page.waitForURL((url) => url.href.startsWith(inject('midtrans').url));
    await page.getByRole('button', { name: 'Bayar' }).click();
    await page.waitForURL(/\/pembayaran\/selesai\?order_id=/);
    await page.locator('[data-testid="payment-status"]', { hasText: /Dibayar/ }).waitFor({ timeout: 15_000 });
    const orderId = new URL(page.url()).searchParams.get('order_id')!;
    expect((await db.query('select status, total_amount from orders.orders where id = $1', [orderId])).rows[0]).toEqual(
      { status: 'PAID', total_amount: 350_000 + 55_000 + 2 * 15_000 },
    );

    // The buyer's order page shows the timeline of every change.
    await page.getByRole('link', { name: /Lihat pesanan/ }).click();
    await page.waitForURL(new RegExp(`/akun/pesanan/${orderId}$`));
    await page.getByTestId('timeline').waitFor();
    expect(await page.getByTestId('seller-order').count(), (await page.textContent('main')) ?? '').toBe(2);
    expect(await page.getByTestId('timeline').textContent()).toMatch(/Menunggu pembayaran.*Dibayar/s);

    // Seller A works through the inbox in the browser: accept the part.
    const sellerContext = await browser.newContext({ locale: 'id-ID' });
    const sellerPage = await sellerContext.newPage();
    await sellerPage.goto(`${storefrontUrl}/masuk`);
    await sellerPage.fill('input[name="email"]', shopA.email);
    await sellerPage.fill('input[name="password"]', 'rahasia-uji-123');
    await sellerPage.click('main button[type="submit"]');
    await sellerPage.locator('.greeting').waitFor();
    await sellerPage.goto(`${storefrontUrl}/penjual/pesanan`);
    const code = (await db.query('select code from orders.orders where id = $1', [orderId])).rows[0].code as string;
    await sellerPage.getByRole('link', { name: code }).click();
    await sellerPage.getByRole('button', { name: 'Terima pesanan' }).click();
    await sellerPage.getByRole('button', { name: 'Tandai dikirim' }).waitFor();
    await sellerContext.close();

    // Each seller sees only their own part of it.
    for (const [shop, other] of [
      [shopA, b],
      [shopB, a],
    ] as const) {
      const inbox = await callApi(INBOX, {}, { token: shop.token });
      const mine = inbox.data!.sellerInbox.edges.filter((e) => e.node.orderId === orderId);
      expect(mine).toHaveLength(1);
      expect(mine[0]!.node.status).toBe(shop === shopA ? 'ACCEPTED' : 'PAID');
      const otherTitle = (await db.query('select title from products.products where id = $1', [other.productId]))
        .rows[0].title as string;
      expect(mine[0]!.node.lines.map((l) => l.title).join()).not.toContain(otherTitle);
    }
  }, 120_000);
});
