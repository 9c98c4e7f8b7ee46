/**
 * One subgraph down at a time, on a system of its own (decision 033): with each subgraph
 * stopped in turn, the main pages are fetched once each (plain HTTP, no browser) and must still
 * show what the other subgraphs own, with a short note where the missing part would be; only a
 * page whose own subject is gone answers an honest 503. Through the gateway, each field another
 * subgraph resolves comes back null beside its parent instead of emptying the answer. Prints
 * the pages × subgraph table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPHS, type SubgraphName } from '@kampung/devtools';
import { gqlAt, leaksInternals, tokenFor } from './support/faults.js';
import type { GraphqlError } from './support/client.js';
import { graphql } from './support/graphql.js';
import { startIsolatedSystem, type IsolatedSystem } from './support/isolated-system.js';

let running: IsolatedSystem;
let productSlug = '';
let productTitle = '';
let buyerToken = '';
const cookies = { buyer: '', staff: '' };

const SHOP_SLUG = 'batik-sekar-sembulung';
const SHOP_NAME = 'Batik Sekar Sembulung';
const SEMBULUNG = '35.10.06.2003';
const UNAVAILABLE_PAGE = 'Layanan sedang tidak tersedia';
const SECTION_NOTE = 'Bagian ini belum bisa dimuat';
const count = (html: string, needle: string) => html.split(needle).length - 1;

/** Something a page shows that one subgraph owns; `note`: what must show instead when it is down. */
interface Part {
  from: SubgraphName;
  what: string;
  shows: (html: string) => boolean;
  note?: (html: string) => boolean;
}

interface Page {
  name: string;
  path: () => string;
  as?: keyof typeof cookies;
  /** The subgraphs without which the page has no subject: an honest 503. */
  subject: SubgraphName[];
  parts: Part[];
}

const productCards: Part = {
  from: 'products',
  what: 'product cards',
  shows: (html) => count(html, 'data-testid="product-card"') > 0,
  note: (html) => html.includes(SECTION_NOTE),
};
/** The shop line of each product card (when there are cards), or "Info toko sedang tidak tersedia" on every card. */
const cardShops: Part = {
  from: 'sellers',
  what: 'shop on each card',
  shows: (html) =>
    !html.includes('data-testid="product-card"') || (html.includes(SHOP_NAME) && !html.includes('data-part="shop"')),
  note: (html) =>
    count(html, 'data-part="shop"') === count(html, 'data-testid="product-card"') && !html.includes(SHOP_NAME),
};

const PAGES: Page[] = [
  {
    name: 'home',
    path: () => '/',
    subject: [],
    parts: [
      productCards,
      cardShops,
      {
        from: 'services',
        what: 'service cards',
        shows: (html) => html.includes('data-testid="service-card"'),
        note: (html) => html.includes(SECTION_NOTE),
      },
    ],
  },
  {
    name: 'katalog',
    path: () => '/katalog',
    subject: ['products'],
    parts: [{ ...productCards, note: undefined }, cardShops],
  },
  {
    name: 'product',
    path: () => `/produk/${productSlug}`,
    subject: ['products'],
    parts: [
      { from: 'products', what: 'title', shows: (html) => html.includes(productTitle) },
      {
        from: 'sellers',
        what: 'shop card',
        shows: (html) => html.includes(`href="/toko/${SHOP_SLUG}"`),
        note: (html) => html.includes('Informasi toko sedang tidak dapat dimuat'),
      },
    ],
  },
  {
    name: 'shop',
    path: () => `/toko/${SHOP_SLUG}`,
    subject: ['sellers'],
    parts: [
      { from: 'sellers', what: 'shop name', shows: (html) => html.includes(`<h1 id="shop-title">${SHOP_NAME}</h1>`) },
      { ...productCards, note: (html) => html.includes('data-part="products"') },
    ],
  },
  {
    name: 'layanan',
    path: () => '/layanan',
    subject: ['services'],
    parts: [{ from: 'services', what: 'service cards', shows: (html) => html.includes('data-testid="service-card"') }],
  },
  {
    name: 'service',
    path: () => '/layanan/surat-keterangan-tidak-mampu',
    subject: ['services'],
    parts: [{ from: 'services', what: 'service', shows: (html) => html.includes('Surat Keterangan Tidak Mampu') }],
  },
  {
    name: 'akun',
    path: () => '/akun',
    as: 'buyer',
    subject: ['accounts'],
    parts: [{ from: 'accounts', what: 'contact', shows: (html) => html.includes('pembeli@kampung.test') }],
  },
  {
    name: 'staf',
    path: () => '/staf',
    as: 'staff',
    subject: ['services'],
    parts: [{ from: 'services', what: 'dashboard', shows: (html) => html.includes('data-testid="dashboard"') }],
  },
  {
    name: 'desa',
    path: () => `/desa/${SEMBULUNG}`,
    subject: ['places'],
    parts: [
      { from: 'places', what: 'office', shows: (html) => html.includes('Jl. Raya Sembulung No. 1') },
      {
        from: 'services',
        what: 'services',
        shows: (html) => html.includes('data-testid="village-services"'),
        note: (html) => html.includes(SECTION_NOTE),
      },
      productCards,
      cardShops,
    ],
  },
  {
    name: 'transparansi',
    path: () => '/transparansi',
    subject: ['services'],
    parts: [{ from: 'services', what: 'league', shows: (html) => html.includes('data-testid="league"') }],
  },
];

async function fetchPage(page: Page): Promise<{ status: number; html: string }> {
  const response = await fetch(`${running.storefrontUrl}${page.path()}`, {
    headers: { 'accept-language': 'id', ...(page.as ? { cookie: cookies[page.as] } : {}) },
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, html: await response.text() };
}

async function signIn(email: string): Promise<string> {
  const response = await fetch(`${running.storefrontUrl}/masuk`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: running.storefrontUrl, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password: 'kampung123', redirectTo: '/' }),
  });
  const cookie = response.headers
    .getSetCookie()
    .find((c) => c.startsWith('__session='))
    ?.split(';')[0];
  if (!cookie) throw new Error(`no session for ${email} (${response.status})`);
  return cookie;
}

/** What a page shows with `down` stopped ('none': all up), as problems found; empty when all is as it should be. */
function problemsOf(page: Page, down: SubgraphName | 'none', status: number, html: string): string[] {
  const problems: string[] = [];
  if (/127\.0\.0\.1:\d|ECONNREFUSED|\bat .+\(.+:\d+:\d+\)|node_modules/.test(html)) problems.push('leaks internals');
  if (down !== 'none' && page.subject.includes(down)) {
    if (status !== 503) problems.push(`status ${status}, expected 503`);
    if (!html.includes(UNAVAILABLE_PAGE)) problems.push('no unavailable page');
    return problems;
  }
  if (status !== 200) return [...problems, `status ${status}`];
  for (const part of page.parts) {
    if (part.from !== down && !part.shows(html)) problems.push(`no ${part.what}`);
    if (part.from === down && part.shows(html)) problems.push(`${part.what} shown while ${down} is down`);
    if (part.from === down && part.note && !part.note(html)) problems.push(`no note for ${part.what}`);
  }
  return problems;
}

/** Fields another subgraph resolves: with that one down, null beside a parent that still comes. */
const CROSSING = {
  sellers: graphql('{ products(first: 3) { edges { node { title seller { name } } } } }'),
  accounts: graphql('query($slug: String!) { seller(slug: $slug) { name owner { name } } }'),
  products: graphql('query($slug: String!) { seller(slug: $slug) { name products(first: 2) { totalCount } } }'),
  places: graphql('query($slug: String!) { seller(slug: $slug) { name homeVillage { name } } }'),
  orders: graphql('query($slug: String!) { product(slug: $slug) { title rating { count } } }'),
  services: graphql('{ me { name serviceRequests(first: 1) { totalCount } } }'),
};

async function checkCrossingField(down: SubgraphName): Promise<string> {
  const url = running.gatewayUrl;
  const slug = SHOP_SLUG;
  let result: { status: number; data?: unknown; errors?: GraphqlError[] };
  if (down === 'sellers') result = await gqlAt(url, CROSSING.sellers);
  else if (down === 'accounts') result = await gqlAt(url, CROSSING.accounts, { slug });
  else if (down === 'products') result = await gqlAt(url, CROSSING.products, { slug });
  else if (down === 'places') result = await gqlAt(url, CROSSING.places, { slug });
  else if (down === 'orders') result = await gqlAt(url, CROSSING.orders, { slug: productSlug });
  else if (down === 'services') result = await gqlAt(url, CROSSING.services, {}, buyerToken);
  else return '-';
  expect(result.status, down).toBe(200);
  const data = result.data as Record<string, unknown> | null | undefined;
  const view = JSON.stringify(data);
  if (down === 'sellers') {
    const nodes = (data?.products as { edges: { node: { title: string; seller: unknown } }[] }).edges;
    expect(nodes.length).toBe(3);
    for (const { node } of nodes) expect([node.title.length > 0, node.seller]).toEqual([true, null]);
  } else {
    const parent = Object.values(data ?? {})[0] as Record<string, unknown> | null;
    expect(parent, `${down}: ${view}`).not.toBeNull();
    const [own, crossing] = Object.keys(parent!);
    expect(parent![own!], view).toBeTruthy();
    expect(parent![crossing!], view).toBeNull();
  }
  expect(result.errors?.length).toBeGreaterThan(0);
  for (const error of result.errors!) {
    expect(error.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(leaksInternals(error)).toBe(false);
  }
  return 'null';
}

beforeAll(async () => {
  running = await startIsolatedSystem({
    name: 'kampung-subgraph-down',
    // Every answer below comes from the subgraphs as they are at that moment.
    env: { RESPONSE_CACHE_TTL_MS: '0', PAGE_CACHE_TTL_MS: '0' },
  });
  const shop = await gqlAt(
    running.gatewayUrl,
    graphql('query($slug: String!) { seller(slug: $slug) { products(first: 1) { edges { node { slug title } } } } }'),
    { slug: SHOP_SLUG },
  );
  const first = shop.data!.seller!.products!.edges[0]!.node;
  productSlug = first.slug;
  productTitle = first.title;
  const buyer = await running.db.query<{ id: string }>(`select id from accounts.users where email = $1`, [
    'pembeli@kampung.test',
  ]);
  buyerToken = await tokenFor(running, ['BUYER'], buyer.rows[0]!.id);
  [cookies.buyer, cookies.staff] = await Promise.all([signIn('pembeli@kampung.test'), signIn('staf@kampung.test')]);
}, 240_000);

afterAll(async () => {
  await running?.stop();
}, 60_000);

describe('one subgraph down at a time', () => {
  it('every main page shows what the others own, with a note where the missing part would be; 503 only without its subject', async () => {
    const started = Date.now();
    const table: Record<string, Record<string, string>> = {};
    const problems: string[] = [];
    const visit = async (down: SubgraphName | 'none') => {
      const answers = await Promise.all(PAGES.map(fetchPage));
      PAGES.forEach((page, index) => {
        const { status, html } = answers[index]!;
        const found = problemsOf(page, down, status, html);
        (table[page.name] ??= {})[down] = `${status}${found.length ? ' ✗' : ''}`;
        problems.push(...found.map((problem) => `${page.name} with ${down} down: ${problem}`));
      });
    };
    await visit('none');
    const fields: Record<string, string> = {};
    // The next one stops while the last one starts again: only one is ever down during a visit.
    let restarting: Promise<void> = Promise.resolve();
    try {
      for (const name of SUBGRAPHS) {
        await Promise.all([restarting, running.system.stop(name)]);
        restarting = Promise.resolve();
        try {
          await visit(name);
          fields[name] = await checkCrossingField(name);
        } finally {
          restarting = running.system.start(name);
        }
      }
    } finally {
      await restarting;
    }
    console.log(`[subgraph-down] pages × subgraph down (HTTP status; ✗: a problem below)`);
    console.table(table);
    console.log(`[subgraph-down] crossing field null beside its parent: ${JSON.stringify(fields)}`);
    console.log(`[subgraph-down] ${PAGES.length * SUBGRAPHS.length} page loads in ${Date.now() - started} ms`);
    expect(problems).toEqual([]);
  }, 300_000);
});
