/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findChromium, launchBrowser } from './support/browser.js';

const chromiumPath = findChromium();
if (!chromiumPath && process.env.CI) throw new Error('Chromium is required in CI (apt-get install chromium)');
if (!chromiumPath)
  console.warn('\n*** browser tests SKIPPED: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH) ***\n');

const normalise = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe.skipIf(!chromiumPath)('storefront in a real browser', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser(chromiumPath!));
    page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'id-ID' });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  });
  afterAll(async () => close?.());

  it('shows featured batik priced in rupiah, and village services, on a 360 px phone', async () => {
    const response = await page.goto(inject('system').storefrontUrl);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    const cards = page.getByTestId('product-card');
    expect(await cards.count()).toBeGreaterThanOrEqual(4);
    const prices = (await page.getByTestId('price').allTextContents()).map(normalise);
    for (const price of prices) expect(price).toMatch(/Rp\s?\d{1,3}(\.\d{3})*/);
    expect(normalise(await page.textContent('body'))).toMatch(/Batik/);
    expect(await page.getByTestId('service-card').count()).toBeGreaterThanOrEqual(3);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('opens a product page from the home page, with its variants and seller', async () => {
    const firstCard = page.getByTestId('product-card').first();
    const title = normalise(await firstCard.locator('h3, h2').first().textContent());
    await firstCard.locator('a').first().click();
    await page.waitForURL(/\/produk\//);
    await page.locator('h1', { hasText: title }).waitFor();
    expect(normalise(await page.locator('h1').textContent())).toBe(title);
    expect(normalise(await page.textContent('main'))).toMatch(/Rp\s?\d/);
    expect(await page.locator('a[href^="https://wa.me/62"]').count()).toBeGreaterThanOrEqual(1);
    expect(consoleErrors).toEqual([]);
  });

  it('switches to English and back', async () => {
    await page.goto(inject('system').storefrontUrl);
    await page
      .getByRole('button', { name: /English|EN/ })
      .first()
      .click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });

  it('signs in with a cookie session, greets the user, and signs out', async () => {
    const { storefrontUrl } = inject('system');
    await page.goto(`${storefrontUrl}/masuk`);
    await page.fill('input[name="email"]', 'pembeli@kampung.test');
    await page.fill('input[name="password"]', 'salah-sandi');
    await page.click('main button[type="submit"]');
    await page.getByRole('alert').first().waitFor();
    expect(normalise(await page.getByRole('alert').first().textContent())).toMatch(/salah|wrong/i);
    await page.fill('input[name="password"]', 'kampung123');
    await page.click('main button[type="submit"]');
    await page.locator('.greeting').waitFor();
    expect(normalise(await page.locator('.greeting').textContent())).toMatch(/Dewi/);
    const session = (await page.context().cookies()).find((cookie) => cookie.name === '__session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
    await page.locator('form[action="/keluar"] button').click();
    await page.locator('a[href="/masuk"]').first().waitFor();
    expect(await page.locator('.greeting').count()).toBe(0);
  });
});
