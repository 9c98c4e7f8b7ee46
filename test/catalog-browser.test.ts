/// <reference lib="dom" />
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findChromium, launchBrowser } from './support/browser.js';
import { DEMO, DEMO_PASSWORD } from './support/client.js';

const chromiumPath = findChromium();
if (!chromiumPath && process.env.CI) throw new Error('Chromium is required in CI (apt-get install chromium)');

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${inject('system').storefrontUrl}/masuk`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', password);
  await page.click('main button[type="submit"]');
  await page.locator('.greeting').waitFor();
}

describe.skipIf(!chromiumPath)('catalogue in a real browser: from a new shop to a search hit', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  const consoleErrors: string[] = [];
  const stamp = Date.now().toString(36);
  const shopName = `Batik Uji ${stamp}`;
  const title = `Kain Batik Tulis Sembruk Cacing ${stamp}`;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser(chromiumPath!));
  });
  afterAll(async () => close?.());

  it('registers, gets verified, lists a product with a photo, and is found with a typo', async () => {
    const { storefrontUrl } = inject('system');
    const seller = await browser.newPage({ locale: 'id-ID' });
    const staff = await browser.newPage({ locale: 'id-ID' });
    for (const page of [seller, staff]) page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));

    // a new user signs up and registers a shop: it is pending
    const email = `penjual-${stamp}@kampung.test`;
    await seller.goto(`${storefrontUrl}/daftar`);
    await seller.fill('input[name="name"]', 'Penjual Uji');
    await seller.fill('input[name="email"]', email);
    await seller.fill('input[name="password"]', 'rahasia-uji-123');
    await seller.click('main button[type="submit"]');
    await seller.locator('.greeting').waitFor();
    await seller.goto(`${storefrontUrl}/penjual`);
    await seller.fill('input[name="name"]', shopName);
    // the shop's village: kecamatan Cluring, then desa Sembulung (the form lists the kecamatan's villages)
    await seller.selectOption('select[name="kecamatan"]', '35.10.06');
    await seller.click('button[value="pick-district"]');
    await seller.locator('select[name="villageCode"] option[value="35.10.06.2003"]').waitFor({ state: 'attached' });
    await seller.selectOption('select[name="villageCode"]', '35.10.06.2003');
    await seller.fill('input[name="whatsapp"]', '0812 3456 7890');
    await seller.fill('input[name="description"]', 'Batik tulis dari Sembulung');
    await seller.click('button[value="register"]');
    await seller.locator('[data-testid="shop-status"][data-status="PENDING"]').waitFor();

    // village staff verify it from the queue
    await signIn(staff, DEMO.staff, DEMO_PASSWORD);
    await staff.goto(`${storefrontUrl}/staf/toko`);
    const card = staff.locator(`[data-testid="review-shop"][data-name="${shopName}"]`);
    await card.locator('button[value="verify"]').click();
    await card.waitFor({ state: 'detached' });

    // the seller lists a product, adds a photo and publishes it
    await seller.goto(`${storefrontUrl}/penjual`);
    await seller.locator('[data-testid="shop-status"][data-status="VERIFIED"]').waitFor();
    await seller.fill('input[name="title"]', title);
    await seller.selectOption('select[name="categorySlug"]', 'batik');
    await seller.fill('textarea[name="description"]', 'Dicanting tangan dengan pewarna alam.');
    await seller.selectOption('select[name="technique"]', 'tulis');
    await seller.fill('input[name="motif"]', 'Sembruk Cacing');
    await seller.fill('input[name="sku"]', `UJI-${stamp}`.toUpperCase());
    await seller.fill('input[name="price"]', '450000');
    await seller.fill('input[name="stock"]', '3');
    await seller.fill('input[name="weightGrams"]', '300');
    await seller.click('button[value="create"]');
    await seller.waitForURL(/\/penjual\/produk\//);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'foto-')), 'batik.jpg');
    writeFileSync(
      file,
      await sharp({ create: { width: 800, height: 600, channels: 3, background: '#7b2d26' } })
        .jpeg()
        .toBuffer(),
    );
    await seller.setInputFiles('input[name="photo"]', file);
    await seller.click('[data-testid="photo-form"] button[type="submit"]');
    await seller.locator('[data-testid="photo"]').first().waitFor();
    await seller.fill('#new-sku', `UJI-${stamp}-S`.toUpperCase());
    await seller.fill('#new-name', 'Sutra');
    await seller.fill('#new-price', '900000');
    await seller.fill('#new-stock', '0');
    await seller.fill('#new-weight', '250');
    await seller.click('button:has-text("Tambah varian")');
    await seller.getByTestId(`stock-${`UJI-${stamp}-S`.toUpperCase()}`).waitFor();
    await seller.click('button[value="publish"]');
    await seller.locator('[data-testid="product-status"][data-status="ACTIVE"]').waitFor();

    // a buyer finds it in the catalogue with a misspelt query; the photo is served with a srcset
    await seller.goto(`${storefrontUrl}/katalog?q=${encodeURIComponent(`sembrk cacin ${stamp}`)}`);
    const hit = seller.getByTestId('product-card').filter({ hasText: title });
    await hit.waitFor();
    const src = await hit.locator('img').getAttribute('src');
    expect(src).toMatch(/^\/media\/products\/.+\.webp$/);
    const image = await seller.request.get(`${storefrontUrl}${src}`);
    expect(image.status()).toBe(200);
    expect(image.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    await hit.locator('a').first().click();
    await seller.waitForURL(/\/produk\//);
    expect(await seller.locator('.product-media img').first().getAttribute('srcset')).toMatch(/320w, .+640w, .+1024w/);
    // the variant picker: the sold-out silk variant says so
    await seller.getByTestId('variant-picker').getByRole('link', { name: 'Sutra' }).click();
    await seller.waitForURL(/varian=/);
    expect(await seller.getByTestId('selected-variant').textContent()).toMatch(/Sutra.*Stok habis/);
    expect(consoleErrors).toEqual([]);
  }, 60_000);

  it('searches, filters and pages without JavaScript, everything in the URL', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'id-ID' });
    const page = await context.newPage();
    await page.goto(`${inject('system').storefrontUrl}/katalog`);
    await page.fill('input[name="q"]', 'kopi osing');
    await page.click('.catalog-search button[type="submit"]');
    await page.waitForURL(/q=kopi\+osing/);
    expect(await page.getByTestId('product-card').first().locator('h3').textContent()).toMatch(/Kopi Osing/);
    await page.goto(`${inject('system').storefrontUrl}/katalog?kategori=batik&teknik=tulis&urut=PRICE_ASC`);
    expect(await page.locator('input[name="teknik"][value="tulis"]').isChecked()).toBe(true);
    const prices = (await page.getByTestId('price').allTextContents()).map((p) => Number(p.replace(/\D/g, '')));
    expect(prices.length).toBeGreaterThan(1);
    expect([...prices].sort((a, b) => a - b)).toEqual(prices);
    await page.goto(`${inject('system').storefrontUrl}/katalog?q=tidakadaprodukseperti`);
    await page.getByTestId('empty').waitFor();
    await context.close();
  });
});
