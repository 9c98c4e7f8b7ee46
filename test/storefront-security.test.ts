/// <reference lib="dom" />
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { freePort, startProcess, waitForHttp, type ManagedProcess } from '@kampung/devtools';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findChromium, launchBrowser } from './support/browser.js';
import { createProduct, uploadPhoto, verifiedSeller } from './support/catalog.js';
import { callApi, signUpFresh } from './support/client.js';
import { graphql } from './support/graphql.js';

/**
 * The storefront's own server (storefront/server): security headers with a per-response
 * CSP nonce, compression, the CSRF guard on every form action, and files that cannot
 * escape the uploads folder at any layer (storefront, gateway, subgraph).
 */
const system = () => inject('system');
const storefront = () => system().storefrontUrl;
const gatewayBase = () => system().gatewayUrl.replace(/\/graphql$/, '');
const productsBase = () => system().subgraphUrls.products!.replace(/\/graphql$/, '');

const SEEDED_PRODUCT = 'kain-batik-tulis-gajah-oling-sutra-pewarna-alam';
const SEEDED_SERVICE = 'surat-keterangan-tidak-mampu';
const MAIN_PAGES = ['/', '/katalog', `/produk/${SEEDED_PRODUCT}`, `/layanan/${SEEDED_SERVICE}`, '/masuk'];

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** The form's error message in a page, to explain a failed post. */
const alertOf = (html: string) => /role="alert">([^<]*)/.exec(html)?.[1] ?? '';

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request sent exactly as written: the path as is (fetch would resolve `..`), only these headers. */
function rawRequest(
  base: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  const url = new URL(base);
  const { method = 'GET', headers = {}, body } = options;
  const length = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path, method, headers: { ...headers, ...length } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const rawGet = (base: string, path: string, headers: Record<string, string> = {}) =>
  rawRequest(base, path, { headers });

/** A form post to the storefront with exactly these headers (no Origin unless given). */
const rawPost = (path: string, form: Record<string, string>, headers: Record<string, string>) =>
  rawRequest(storefront(), path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });

describe('storefront security headers', () => {
  it.each(MAIN_PAGES)('%s has the security headers and a nonce-only script policy', async (page) => {
    const response = await fetch(`${storefront()}${page}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('permissions-policy')).toBe('camera=(), microphone=(), geolocation=()');
    // plain http in the tests (COOKIE_SECURE=false): no HSTS
    expect(response.headers.get('strict-transport-security')).toBeNull();

    const csp = directives(response.headers.get('content-security-policy') ?? '');
    const scripts = csp.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts.filter((s) => s.startsWith("'nonce-"))).toHaveLength(1);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('form-action')?.[0]).toBe("'self'");

    // every script in the page carries this response's nonce; no inline style elements
    const html = await response.text();
    const nonce = nonceOf(response.headers.get('content-security-policy')!);
    const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scriptTags.length).toBeGreaterThan(0);
    for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`);
    expect(html).not.toMatch(/<style\b/);
  });

  it('gives every response a fresh nonce, the one in its HTML', async () => {
    const [first, second] = await Promise.all([fetch(`${storefront()}/`), fetch(`${storefront()}/`)]);
    const nonces = [first, second].map((r) => nonceOf(r.headers.get('content-security-policy') ?? ''));
    expect(nonces[0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonces[1]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonces[0]).not.toBe(nonces[1]);
    const htmlNonces = [await first.text(), await second.text()].map(
      (html) => new Set([...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1])),
    );
    expect([...htmlNonces[0]!]).toEqual([nonces[0]]);
    expect([...htmlNonces[1]!]).toEqual([nonces[1]]);
  });

  it('puts the headers on static files and errors too, and caches hashed assets for a year', async () => {
    const home = await (await fetch(`${storefront()}/`)).text();
    const asset = /href="(\/assets\/[^"]+\.css)"/.exec(home)?.[1];
    expect(asset).toBeDefined();
    const css = await fetch(`${storefront()}${asset}`);
    expect(css.status).toBe(200);
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(css.headers.get('x-content-type-options')).toBe('nosniff');

    const favicon = await fetch(`${storefront()}/favicon.svg`);
    expect(favicon.status).toBe(200);
    expect(favicon.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(favicon.headers.get('content-security-policy')).toContain("object-src 'none'");

    const missing = await fetch(`${storefront()}/tidak-ada-halaman-ini`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-frame-options')).toBe('DENY');
  });

  it('compresses pages when the client asks (gzip, br), not otherwise', async () => {
    for (const encoding of ['gzip', 'br']) {
      const response = await rawGet(storefront(), '/katalog', { 'accept-encoding': encoding });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe(encoding);
    }
    const plain = await rawGet(storefront(), '/katalog');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('<!DOCTYPE html>');
  });
});

describe('CSRF: form actions only from the storefront’s own pages', () => {
  const CART = graphql('{ cart { itemCount } }');

  async function signedInBuyer() {
    const user = await signUpFresh('csrf');
    const response = await rawPost(
      '/masuk',
      { email: user.email, password: 'rahasia-uji-123' },
      { origin: storefront() },
    );
    expect(response.status, alertOf(response.body)).toBe(302);
    const cookie = String(response.headers['set-cookie'] ?? '').split(';')[0]!;
    expect(cookie).toMatch(/^__session=/);
    return { ...user, cookie };
  }

  const variantId = async () => {
    const result = await callApi(graphql('query($slug: String!) { product(slug: $slug) { variants { id } } }'), {
      slug: SEEDED_PRODUCT,
    });
    return result.data!.product!.variants[0]!.id;
  };
  const itemCount = async (token: string) => (await callApi(CART, {}, { token })).data?.cart?.itemCount ?? 0;

  it('refuses a cross-origin sign-in with 403 (bilingual) and sets no session', async () => {
    const user = await signUpFresh('csrf');
    const html = await rawPost(
      '/masuk',
      { email: user.email, password: 'rahasia-uji-123' },
      { origin: 'https://penipu.example', accept: 'text/html' },
    );
    expect(html.status).toBe(403);
    expect(html.headers['set-cookie']).toBeUndefined();
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.body).toContain('Permintaan ditolak');
    expect(html.body.indexOf('Permintaan ditolak')).toBeLessThan(html.body.indexOf('Request refused'));

    const json = await rawPost(
      '/masuk',
      { email: user.email, password: 'rahasia-uji-123' },
      { origin: 'https://penipu.example', accept: 'application/json' },
    );
    expect(json.status).toBe(403);
    expect(JSON.parse(json.body)).toEqual({
      error: {
        code: 'FORBIDDEN',
        message: expect.stringContaining('Permintaan ditolak'),
        messageEn: expect.stringContaining('Request refused'),
      },
    });
  });

  it('refuses a cross-origin add-to-cart with the victim’s cookie and saves nothing; the same post from our origin works', async () => {
    const buyer = await signedInBuyer();
    const variant = await variantId();
    const before = await itemCount(buyer.token);
    const form = { intent: 'add', variantId: variant, quantity: '1' };

    const crossSite: Record<string, string>[] = [
      { origin: 'https://penipu.example' },
      { origin: 'null' },
      // a sibling site: same scheme and host, another port
      { origin: storefront().replace(/:(\d+)$/, (_, port: string) => `:${Number(port) + 1}`) },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      // neither header: refused too (docs/decisions/009)
      {},
    ];
    for (const headers of crossSite) {
      const refused = await rawPost('/keranjang', form, { ...headers, cookie: buyer.cookie });
      expect(refused.status, JSON.stringify(headers)).toBe(403);
    }
    expect(await itemCount(buyer.token)).toBe(before);

    const viaOrigin = await rawPost('/keranjang', form, { origin: storefront(), cookie: buyer.cookie });
    expect(viaOrigin.status, alertOf(viaOrigin.body)).toBe(302);
    expect(await itemCount(buyer.token)).toBe(before + 1);
    const viaFetchMetadata = await rawPost('/keranjang', form, {
      'sec-fetch-site': 'same-origin',
      cookie: buyer.cookie,
    });
    expect(viaFetchMetadata.status).toBe(302);
    expect(await itemCount(buyer.token)).toBe(before + 2);
  });

  it('refuses other methods and the Remix data endpoint too', async () => {
    const data = await rawPost(
      '/keranjang.data',
      { intent: 'add', variantId: 'x' },
      { origin: 'https://penipu.example', accept: '*/*' },
    );
    expect(data.status).toBe(403);
    const put = await fetch(`${storefront()}/keranjang`, {
      method: 'PUT',
      headers: { origin: 'https://penipu.example' },
    });
    expect(put.status).toBe(403);
  });
});

describe('CSRF behind a reverse proxy', () => {
  const spoofed = {
    origin: 'https://penipu.example',
    'x-forwarded-host': 'penipu.example',
    'x-forwarded-proto': 'https',
  };

  it('ignores X-Forwarded-* from a client that is not a trusted proxy (the default)', async () => {
    const response = await rawPost('/lang', { lang: 'en', redirectTo: '/' }, spoofed);
    expect(response.status).toBe(403);
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  describe('a second storefront process with TRUST_PROXY=loopback and a public STOREFRONT_URL', () => {
    let proxied: ManagedProcess;
    let base: string;

    beforeAll(async () => {
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      proxied = startProcess({
        name: 'storefront-behind-proxy',
        command: process.execPath,
        args: ['build/server.js'],
        cwd: path.resolve(import.meta.dirname, '..', 'storefront'),
        env: {
          ...process.env,
          NODE_ENV: 'production',
          PORT: String(port),
          HOST: '127.0.0.1',
          TRUST_PROXY: 'loopback',
          STOREFRONT_URL: 'https://desa.example',
          SESSION_SECRET: 'proxy-test-session-secret',
          COOKIE_SECURE: 'false',
          GATEWAY_URL: system().gatewayUrl,
        },
      });
      await waitForHttp(`${base}/health`, 30_000);
    });
    afterAll(async () => proxied?.stop());

    const post = (headers: Record<string, string>) =>
      rawRequest(base, '/lang', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: 'lang=en&redirectTo=/',
      });

    it('takes the forwarded host and scheme as its own origin, and the public origin too', async () => {
      const forwarded = await post({
        origin: 'https://toko.desa.example',
        'x-forwarded-host': 'toko.desa.example',
        'x-forwarded-proto': 'https',
      });
      expect(forwarded.status).toBe(302);
      expect(forwarded.headers['set-cookie']).toBeDefined();
      // served over HTTPS according to the trusted proxy: HSTS
      expect(forwarded.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect((await post({ origin: 'https://desa.example' })).status).toBe(302);
    });

    it('still refuses other origins, and the internal address once a proxy names the public one', async () => {
      expect(
        (
          await post({
            origin: 'https://penipu.example',
            'x-forwarded-host': 'toko.desa.example',
            'x-forwarded-proto': 'https',
          })
        ).status,
      ).toBe(403);
      expect(
        (await post({ origin: base, 'x-forwarded-host': 'toko.desa.example', 'x-forwarded-proto': 'https' })).status,
      ).toBe(403);
      // the public origin over plain http is another origin
      expect((await post({ origin: 'http://desa.example' })).status).toBe(403);
    });
  });
});

describe('uploaded files cannot escape the uploads folder', () => {
  let photoPath: string;

  beforeAll(async () => {
    const seller = await verifiedSeller();
    const product = await createProduct(seller.token);
    const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#7a2e0e' } })
      .jpeg()
      .toBuffer();
    const upload = await uploadPhoto(product.id, jpeg, seller.token);
    expect(upload.status).toBe(201);
    photoPath = ((await upload.json()) as { url: string }).url;
    expect(photoPath).toMatch(/^\/media\/products\/[a-z0-9-]+\/[a-z0-9-]+-640\.webp$/);
  });

  it('serves a real photo as image/webp with nosniff at every layer', async () => {
    const key = photoPath.slice('/media/products/'.length);
    for (const url of [
      `${storefront()}${photoPath}`,
      `${gatewayBase()}/files/products/${key}`,
      `${productsBase()}/files/${key}`,
    ]) {
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe('image/webp');
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(8, 12).toString('latin1')).toBe('WEBP');
    }
  });

  const ESCAPES = [
    '../../../../../../etc/passwd',
    '..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '%252e%252e%252f%252e%252e%252fetc%252fpasswd',
    '..%5c..%5c..%5c..%5cetc%5cpasswd',
    '/etc/passwd',
    '%2fetc%2fpasswd',
    '//etc/passwd.jpg',
    'a/../../../../../../etc/passwd.jpg',
    'a/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/hostname.png',
    'photo.webp%00.html',
    'photo%00.webp',
    'x.html',
    '%zz.webp',
  ];

  it.each(ESCAPES)('%s is not found at the storefront, the gateway or the subgraphs', async (escape) => {
    const targets = [
      [storefront(), `/media/products/${escape}`],
      [storefront(), `/media/services/${escape}`],
      [gatewayBase(), `/files/products/${escape}`],
      [gatewayBase(), `/files/services/${escape}`],
      [productsBase(), `/files/${escape}`],
      [system().subgraphUrls.services!.replace(/\/graphql$/, ''), `/files/${escape}`],
    ] as const;
    for (const [base, path] of targets) {
      const response = await rawGet(base, path);
      expect([400, 404], `${base}${path} → ${response.status} ${response.body.slice(0, 300)}`).toContain(
        response.status,
      );
      expect(response.body).not.toMatch(/root:[^:\n]*:0:0:/);
      expect(String(response.headers['content-type'] ?? '')).not.toMatch(/^image\//);
    }
  });
});

const chromiumPath = findChromium();
if (!chromiumPath && process.env.CI) throw new Error('Chromium is required in CI (apt-get install chromium)');

describe.skipIf(!chromiumPath)('the Content-Security-Policy in a real browser', () => {
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser(chromiumPath!));
  });
  afterAll(async () => close?.());

  it('hydrates and navigates home → catalogue → product with no CSP violation', async () => {
    const page = await browser.newPage({ locale: 'id-ID' });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/content security policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
    });
    await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
          `${event.violatedDirective} ${event.blockedURI}`,
        );
      });
    });
    const hydrated = () => page.waitForFunction(() => '__remixRouter' in window);

    await page.goto(`${storefront()}/`);
    await hydrated();
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    // client-side navigation: the document (and our marker) stays
    await page.click('header a[href="/katalog"]');
    await page.waitForURL(/\/katalog$/);
    await page.locator('a.card-link').first().waitFor();
    await page.locator('a.card-link').first().click();
    await page.waitForURL(/\/produk\//);
    await page.locator('h1').waitFor();
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);

    // a full load of a product page hydrates too (and shows its photos)
    await page.goto(`${storefront()}/produk/${SEEDED_PRODUCT}`);
    await hydrated();
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);

    // the policy is enforced and the listener hears it: an injected inline script is blocked
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await expect.poll(() => violations.some((v) => v.startsWith('script-src'))).toBe(true);
    expect(violations.some((v) => v.startsWith('console: '))).toBe(true);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    await page.close();
  });
});
