import { describe, expect, inject, it } from 'vitest';

/** The storefront's page micro-cache (storefront/server/page-cache.ts), over real HTTP. */
const storefront = () => inject('system').storefrontUrl;

const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];

async function page(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${storefront()}${path}`, { headers });
  return {
    status: response.status,
    cache: response.headers.get('x-page-cache'),
    csp: response.headers.get('content-security-policy'),
    body: await response.text(),
  };
}

/** A query string no other test uses: an entry of this test's own. */
const fresh = (path: string) =>
  `${path}${path.includes('?') ? '&' : '?'}uji=${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

describe('storefront page cache for visitors without cookies', () => {
  it('renders a page once and replays it, each replay with its own nonce in header and HTML', async () => {
    const path = fresh('/katalog');
    const first = await page(path);
    const second = await page(path);
    expect(first.status).toBe(200);
    expect(first.cache).toBeNull();
    expect(second.cache).toBe('HIT');
    const [n1, n2] = [nonceOf(first.csp), nonceOf(second.csp)];
    expect(n1).toBeTruthy();
    expect(n2).toBeTruthy();
    expect(n2).not.toBe(n1);
    expect(second.body).toContain(`nonce="${n2}"`);
    expect(second.body).not.toContain(n1!);
    expect(second.body.replaceAll(n2!, 'NONCE')).toBe(first.body.replaceAll(n1!, 'NONCE'));
  });

  it('keeps languages apart', async () => {
    const path = fresh('/');
    const indonesian = await page(path);
    const english = await page(path, { cookie: 'lang=en' });
    expect(english.cache).toBeNull();
    expect(indonesian.body).toContain('lang="id"');
    expect(english.body).toContain('lang="en"');
    expect((await page(path, { cookie: 'lang=en' })).cache).toBe('HIT');
  });

  it('never serves or stores a page for a visitor with a session or a cart', async () => {
    const path = fresh('/');
    await page(path, { cookie: '__session=abc' });
    expect((await page(path)).cache).toBeNull();
    await page(path);
    expect((await page(path, { cookie: '__session=abc' })).cache).toBeNull();
    expect((await page(path, { cookie: 'lang=id; kampung_cart=xyz' })).cache).toBeNull();
  });

  it('does not store what is not a 200', async () => {
    const path = fresh('/produk/tidak-ada-produk-seperti-ini');
    const first = await page(path);
    expect(first.status).toBe(404);
    expect((await page(path)).cache).toBeNull();
  });
});
