/**
 * Step 3: SQL statements per service for the GraphQL operations behind the main pages,
 * read from PostgreSQL's statement log (as test/support/sql-log.ts does).
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { DEEP, DEEP_FLOOR, NESTED } from './gateway.js';
import { note, table } from './table.js';

/** Lines of the PostgreSQL log; recorded only while `recording` is on. */
export const sqlLog = {
  recording: false,
  lines: [] as string[],
  onLog(line: string) {
    if (sqlLog.recording) sqlLog.lines.push(line);
  },
};

const CARD = 'fragment Card on Product { id slug title imageUrl priceFrom totalStock seller { id name village } }';
const BY_CATEGORY = `query ProductsByCategory($categorySlug: String!, $first: Int!) { products(first: $first, filter: { categorySlug: $categorySlug }) { totalCount edges { node { ...Card } } } } ${CARD}`;
const FEATURED =
  'query FeaturedServices($limit: Int!) { featuredServices(limit: $limit) { id slug name summary slaHours fee } }';
const SEARCH = `query CatalogSearch($input: SearchInput) { search(input: $input) { totalCount nodes { id slug title imageUrl priceFrom totalStock seller { id name village } }
  pageInfo { hasNextPage endCursor } facets { category { value label count } village { value label count } technique { value label count } price { value label count } inStock } } }`;
const LIST = `query Products($first: Int!) { products(first: $first) { totalCount edges { node { ...Card variants { sku price stock } rating { average count } } } } } ${CARD}`;
const PRODUCT = `query ProductBySlug($slug: String!) { product(slug: $slug) { id slug title description imageUrl priceFrom totalStock category { slug name }
  variants { id sku name price stock options { name value } } photos { id url srcset width height } attributes { name value }
  seller { id slug name village district whatsapp } rating { average count } } }`;
const SERVICE =
  'query ServiceBySlug($slug: String!) { service(slug: $slug) { id slug name summary description requirements steps slaHours fee office openingHours category { code name } } }';

type Operation = [query: string, variables: Record<string, unknown>];

async function send(url: string, query: string, variables: Record<string, unknown>): Promise<string | null> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { errors?: { message: string }[] };
  return json.errors ? json.errors[0]!.message : null;
}

async function run(url: string, operations: Operation[]): Promise<void> {
  await Promise.all(
    operations.map(async ([query, variables]) => {
      const error = await send(url, query, variables);
      if (!error) return;
      // Seen here: the gateway reusing a keep-alive socket the subgraph had just closed (ECONNRESET).
      note(`note: ${query.slice(0, 40)}… failed once (${error}); retried`);
      const again = await send(url, query, variables);
      if (again) throw new Error(`${query.slice(0, 40)}…: ${again}`);
    }),
  );
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function record(url: string, operations: Operation[]): Promise<Map<string, number>> {
  sqlLog.lines = [];
  sqlLog.recording = true;
  await run(url, operations);
  await pause(400);
  sqlLog.recording = false;
  const byService = new Map<string, number>();
  for (const line of sqlLog.lines) {
    const match = /^\[([\w-]*)\] .*?LOG:\s+(?:statement|execute [^:]*): (.*)$/.exec(line);
    if (match) byService.set(match[1] ?? '', (byService.get(match[1] ?? '') ?? 0) + 1);
  }
  return byService;
}

/**
 * Statements per service for one run of `operations`, after a warm-up. Measured twice and
 * the lower count kept per service: background jobs (the orders subgraph's timers) write
 * now and then and would otherwise land in a page's count.
 */
async function count(url: string, operations: Operation[] | (() => Operation[])): Promise<Map<string, number>> {
  const next = typeof operations === 'function' ? operations : () => operations;
  await run(url, next()); // warm-up: caches and prepared plans as a running system has them
  await pause(200);
  const first = await record(url, next());
  const second = await record(url, next());
  const services = new Set([...first.keys(), ...second.keys()]);
  return new Map([...services].map((s) => [s, Math.min(first.get(s) ?? 0, second.get(s) ?? 0)]));
}

export interface RoundTrips {
  page: string;
  size: number | null;
  byService: Map<string, number>;
}

/** Runs `work` with every statement logged, and switches logging off again. */
async function withStatementLog<T>(databaseUrl: string, work: () => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: databaseUrl, application_name: 'bench-admin' });
  await admin.connect();
  try {
    await admin.query("alter system set log_statement = 'all'");
    await admin.query('select pg_reload_conf()');
    await pause(300);
    return await work();
  } finally {
    await admin.query('alter system reset log_statement');
    await admin.query('select pg_reload_conf()');
    await admin.end();
  }
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

export async function benchRoundTrips(
  gatewayUrl: string,
  productsUrl: string,
  databaseUrl: string,
  slugs: { product: string; service: string },
): Promise<RoundTrips[]> {
  const results: RoundTrips[] = [];
  await withStatementLog(databaseUrl, async () => {
    const pages: [string, number | null, Operation[]][] = [
      [
        'home',
        null,
        [
          [BY_CATEGORY, { categorySlug: 'batik', first: 8 }],
          [BY_CATEGORY, { categorySlug: 'hasil-tani', first: 8 }],
          [FEATURED, { limit: 6 }],
        ],
      ],
      ...[10, 20, 50].map((n): [string, number, Operation[]] => [
        'catalogue: products list',
        n,
        [[LIST, { first: n }]],
      ]),
      ...[10, 20, 50].map((n): [string, number, Operation[]] => [
        'catalogue: search + facets',
        n,
        [[SEARCH, { input: { first: n, inStock: true } }]],
      ]),
      ['product page', null, [[PRODUCT, { slug: slugs.product }]]],
      ['service page', null, [[SERVICE, { slug: slugs.service }]]],
    ];
    for (const [page, size, operations] of pages)
      results.push({ page, size, byService: await count(gatewayUrl, operations) });
    results.push({ page: 'deep query (b), our gateway', size: null, byService: await count(gatewayUrl, [[DEEP, {}]]) });
    results.push({
      page: 'deep query (b) products-only, products subgraph direct',
      size: null,
      byService: await count(productsUrl, [[DEEP_FLOOR, {}]]),
    });
  });
  const services = [...new Set(results.flatMap((r) => [...r.byService.keys()]))].sort();
  table(
    'Database statements per page (one request of each operation after a warm-up; lower of two measurements per service)',
    ['page', 'first', ...services, 'total'],
    results.map((r) => [r.page, r.size, ...services.map((s) => r.byService.get(s) ?? 0), sum(r.byService)]),
  );
  return results;
}

/**
 * 50 identical nested queries (a) at once through each gateway: how many SQL statements the
 * subgraphs run for them. Fewer than 50× one request means the gateway merged identical
 * in-flight subgraph requests (Hive Gateway's HTTP executor does that by default).
 */
export async function benchDedupProbe(databaseUrl: string, gateways: [string, string][]): Promise<void> {
  const rows: (string | number)[][] = [];
  await withStatementLog(databaseUrl, async () => {
    for (const [label, url] of gateways) {
      // A comment of its own per run: a response cache has never seen the text it measures.
      const fresh = () => `# probe ${randomUUID()}\n${NESTED}`;
      const one = sum(await count(url, () => [[fresh(), {}]]));
      const fifty = sum(
        await count(url, () => {
          const burst = fresh();
          return Array.from({ length: 50 }, (): Operation => [burst, {}]);
        }),
      );
      rows.push([label, one, fifty, one > 0 ? (fifty / one).toFixed(1) : '–']);
    }
  });
  table(
    'SQL statements for 1 and for 50 concurrent identical nested queries (a)',
    ['gateway', '1 request', '50 at once', 'ratio (50 = no merging)'],
    rows,
  );
}
