/**
 * `npm run bench`: the measurement harness of issue 6. Prints figures; not a test.
 *
 * 1. The system on embedded defaults in a temp dir on free ports: PostgreSQL, migrations
 *    and seed, 200 shops / 10,000 products more, the storefront built when missing.
 * 2. Gateway load: our gateway vs a plain @apollo/gateway vs Hive Gateway (floor: the
 *    products subgraph directly). 3. SQL statements per page. 4. Storefront latency,
 *    bytes and Lighthouse. 5. The search and checkout benches. Then the targets.
 * BENCH_SECONDS (default 8) sets each load run's duration.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  DEFAULT_PORTS,
  freePort,
  startEmbeddedPostgres,
  startSystem,
  type Ports,
  type ServiceName,
} from '@kampung/devtools';
import { startUncachedStorefront } from './uncached-storefront.js';
import { generateData } from './data.js';
import { benchDedupProbe, benchRoundTrips, sqlLog } from './db-roundtrips.js';
import { benchGateways, productCursors, startOtherGateways, writeSupergraphCopy } from './gateway.js';
import { benchLighthouse } from './lighthouse.js';
import { parseRegency } from './regency-figures.js';
import { parseCheckout, parseSearch, printScriptTables, runScript } from './scripts.js';
import { benchBytes, benchTtfb } from './storefront.js';
import { fixed, note, printedTables, table, type Cell } from './table.js';

const root = path.resolve(import.meta.dirname, '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const SECRET = 'bench-secret-0123456789abcdef0123456789';
const log = (line: string) => console.log(`[bench] ${line}`);
const started = Date.now();

const cleanups: (() => Promise<void> | void)[] = [];
/** Runs `fn` at most once, however often it is called (by the flow and by cleanup). */
const once = (fn: () => Promise<void>) => {
  let done: Promise<void> | undefined;
  return () => (done ??= fn());
};
let cleaning: Promise<void> | undefined;
const cleanup = () =>
  (cleaning ??= (async () => {
    for (const fn of cleanups.reverse())
      await Promise.resolve(fn()).catch((error: unknown) => console.error('[bench] cleanup:', error));
  })());
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping everything…`);
    void cleanup().then(() => process.exit(130));
  });
}

const serviceLines: string[] = [];
const onLine = (service: string, line: string) => {
  serviceLines.push(`[${service}] ${line}`);
  if (serviceLines.length > 200) serviceLines.shift();
};

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'kampung-bench-'));
  chmodSync(dir, 0o755); // initdb runs as another user when we are root
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));

  // 1. The system.
  const db = await startEmbeddedPostgres({
    dir: path.join(dir, 'pg'),
    port: await freePort(),
    settings: { log_line_prefix: '[%a] ' },
    onLog: sqlLog.onLog,
  });
  const stopDb = once(() => db.stop());
  cleanups.push(stopDb);
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    JWT_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    APOLLO_TELEMETRY_DISABLED: 'true',
  };
  let t0 = Date.now();
  execFileSync(process.execPath, ['--import', 'tsx', 'seed/src/main.ts'], { cwd: root, env, stdio: 'inherit' });
  const seedMs = Date.now() - t0;
  const generated = await generateData(db.url);
  if (!existsSync(path.join(root, 'storefront/build/server/index.js'))) {
    log('building the storefront (missing)…');
    execFileSync('npm', ['run', 'build', '-w', 'storefront'], { cwd: root, stdio: 'inherit' });
  }
  const ports = {} as Ports;
  for (const name of Object.keys(DEFAULT_PORTS) as ServiceName[]) ports[name] = await freePort();
  t0 = Date.now();
  const system = await startSystem({
    root,
    databaseUrl: db.url,
    jwtSecret: SECRET,
    sessionSecret: 'bench-session-secret',
    ports,
    env: { LOG_LEVEL: 'warn', UPLOADS_DIR: path.join(dir, 'uploads') },
    onLine,
  });
  const stopSystem = once(() => system.stop());
  cleanups.push(stopSystem);
  const counts = await db.query<{
    products: string;
    sellers: string;
    variants: string;
  }>(`select (select count(*) from products.products) as products,
    (select count(*) from sellers.sellers) as sellers, (select count(*) from products.product_variants) as variants`);
  table(
    'Setup',
    ['step', 'figure'],
    [
      ['migrations + seed (seed/src/main.ts)', `${seedMs} ms`],
      [
        'generated data (SQL)',
        `${generated.sellers} shops, ${generated.products} products, ${generated.variants} variants in ${generated.ms} ms`,
      ],
      [
        'database now',
        `${counts.rows[0]!.sellers} shops, ${counts.rows[0]!.products} products, ${counts.rows[0]!.variants} variants`,
      ],
      [
        'generated orders (SQL)',
        `${generated.orders} paid, completed orders (one line each), ${generated.reviews} reviews`,
      ],
      ['startSystem (5 subgraphs, gateway, storefront)', `${Date.now() - t0} ms`],
    ],
  );

  // 2. Gateways.
  const supergraph = writeSupergraphCopy(root, dir, system.subgraphUrls);
  const others = await startOtherGateways(root, dir, supergraph, { JWT_SECRET: SECRET }, onLine);
  for (const child of others.processes) cleanups.push(() => child.stop()); // stop() is a no-op once exited
  const pids = new Map<string, number>();
  for (const [name, child] of system.processes)
    if (name !== 'storefront' && child.child.pid) pids.set(name === 'gateway' ? 'our gateway' : name, child.child.pid);
  for (const child of others.processes) if (child.child.pid) pids.set(child.name, child.child.pid);
  const targets = {
    ours: system.gatewayUrl,
    uncached: others.uncachedUrl,
    plain: others.plainUrl,
    hive: others.hiveUrl,
    products: system.subgraphUrls.products,
  };
  const gateways = [
    ...(await benchGateways(targets, SECONDS, pids)),
    ...(await benchGateways(targets, SECONDS, pids, await productCursors(system.subgraphUrls.products))),
  ];
  await benchDedupProbe(db.url, [
    ['our gateway', system.gatewayUrl],
    ['our gateway, response cache off', others.uncachedUrl],
    ['plain @apollo/gateway', others.plainUrl],
    ['Hive Gateway 2.15.1', others.hiveUrl],
  ]);

  // 3. Round trips.
  const slug = async (sql: string, fallback: string) =>
    (await db.query<{ slug: string }>(sql).catch(() => ({ rows: [] as { slug: string }[] }))).rows[0]?.slug ?? fallback;
  const productSlug = await slug(
    "select slug from products.products where status = 'ACTIVE' and seller_visible and slug not like 'bench-%' order by slug limit 1",
    'kain-batik-tulis-gajah-oling-primisima',
  );
  const serviceSlug = await slug(
    'select slug from services.services where active order by slug limit 1',
    'surat-keterangan-usaha',
  );
  // Through the uncached gateway: warm-up and measured runs would otherwise be answered from the cache.
  const roundTrips = await benchRoundTrips(others.uncachedUrl, system.subgraphUrls.products, db.url, {
    product: productSlug,
    service: serviceSlug,
  });

  // 4. Storefront.
  const pages: [string, string][] = [
    ['home', '/'],
    ['catalogue', '/katalog'],
    ['product', `/produk/${productSlug}`],
    ['service', `/layanan/${serviceSlug}`],
  ];
  const systemPids = new Map<string, number>();
  for (const [name, child] of system.processes) if (child.child.pid) systemPids.set(name, child.child.pid);
  const ttfb = await benchTtfb(system.storefrontUrl, pages, SECONDS, systemPids);
  // The render path itself: a second storefront with its page cache off, over the uncached gateway.
  const uncachedStorefront = await startUncachedStorefront(root, others.uncachedUrl, onLine);
  cleanups.push(() => uncachedStorefront.process.stop());
  const uncachedPids = new Map(systemPids);
  uncachedPids.delete('storefront');
  uncachedPids.delete('gateway');
  for (const child of [uncachedStorefront.process, ...others.processes.filter((p) => p.name === 'uncached-gateway')])
    if (child.child.pid) uncachedPids.set(child.name, child.child.pid);
  const ttfbUncached = await benchTtfb(
    uncachedStorefront.url,
    pages,
    SECONDS,
    uncachedPids,
    ' with both caches off (page cache, gateway response cache)',
  );
  await uncachedStorefront.process.stop();
  for (const child of others.processes) await child.stop();
  const bytes = await benchBytes(system.storefrontUrl, pages);
  const scores = await benchLighthouse(system.storefrontUrl, pages);

  await stopSystem();
  await stopDb();

  // 5. Search and checkout, one after the other, each on its own database.
  const searchRun = runScript(root, 'bench/search.ts');
  cleanups.push(searchRun.kill);
  const search = await searchRun.done;
  const checkoutRun = runScript(root, 'bench/checkout.ts', { BENCH_SECONDS: String(SECONDS) });
  cleanups.push(checkoutRun.kill);
  const checkout = await checkoutRun.done;
  // 6. Regency scale (issue 11): its own database with 200,000 requests over 217 villages.
  const regencyRun = runScript(root, 'bench/regency.ts');
  cleanups.push(regencyRun.kill);
  const regency = await regencyRun.done;
  // 7. Notifications (issue 13): 10,000 events from a producer's outbox to the WhatsApp fake.
  const notificationsRun = runScript(root, 'bench/notifications.ts');
  cleanups.push(notificationsRun.kill);
  const notifications = await notificationsRun.done;
  const notificationLines = notifications.lines.filter((l) => /^(burst|steady|duplicates|deliveries)/.test(l));
  note(['### Notifications (bench/notifications.ts)', '', ...notificationLines.map((l) => `- ${l}`), ''].join('\n'));
  const regencyFigures = parseRegency(regency.lines);
  const searchFigures = parseSearch(search.lines);
  const checkoutFigures = parseCheckout(checkout.lines);
  printScriptTables(searchFigures, search.lines, checkoutFigures, checkout.lines);
  // bench/regency.ts prints its own markdown tables: kept as they are.
  note(regency.lines.filter((l) => l.startsWith('#') || l.startsWith('|')).join('\n'));

  // Targets.
  const rows: Cell[][] = [];
  const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'MISSED');
  for (const g of gateways) {
    const r = (label: string) => g.results.get(label)!;
    const ours = r('our gateway');
    const hive = r('Hive Gateway 2.15.1');
    const plain = r('plain @apollo/gateway');
    const q = `${g.query}, ${g.mode}`;
    rows.push([
      `${q}: ours ≥ Hive req/s`,
      `${fixed(ours.rps, 0)} vs ${fixed(hive.rps, 0)} (${fixed(ours.rps / hive.rps, 2)}×)`,
      verdict(ours.rps >= hive.rps),
    ]);
    rows.push([
      `${q}: ours ≥ 3× plain @apollo/gateway`,
      `${fixed(ours.rps / plain.rps, 2)}× (needs ${fixed(3 * plain.rps, 0)} req/s)`,
      verdict(ours.rps >= 3 * plain.rps),
    ]);
    const uncached = r('our gateway, response cache off');
    rows.push([
      `${q}: (engine alone) ours with cache off vs Hive / vs plain`,
      `${fixed(uncached.rps, 0)} req/s: ${fixed(uncached.rps / hive.rps, 2)}× / ${fixed(uncached.rps / plain.rps, 2)}×`,
      'info',
    ]);
    // Judged without the cache, which would make any gateway look faster than the subgraph.
    const single = r('our gateway, response cache off, same products-only query');
    const direct = r('direct: products subgraph (floor, products-only part)');
    rows.push([
      `${q}: p50 via gateway (cache off) ≤ 1.5× direct (products-only query)`,
      `${single.p50} ms vs ${direct.p50} ms (${fixed(single.p50 / direct.p50, 2)}×)`,
      verdict(single.p50 <= 1.5 * direct.p50),
    ]);
  }
  for (const s of scores) {
    rows.push([
      `Lighthouse ${s.page}: performance ≥ 95`,
      s.performance,
      verdict(s.performance === null ? null : s.performance >= 95),
    ]);
    rows.push([
      `Lighthouse ${s.page}: accessibility ≥ 95`,
      s.accessibility,
      verdict(s.accessibility === null ? null : s.accessibility >= 95),
    ]);
  }
  if (scores.length === 0) rows.push(['Lighthouse ≥ 95 / ≥ 95', 'did not run', 'not measured']);
  for (const b of bytes.filter((p) => p.page === 'catalogue' || p.page === 'product')) {
    rows.push([`JS gzip on ${b.page} ≤ 100 KB`, `${(b.jsGzip / 1024).toFixed(1)} KB`, verdict(b.jsGzip <= 100 * 1024)]);
  }
  for (const [page, p50] of ttfb)
    rows.push([`storefront ${page}: p50 ≤ 100 ms (full response, 20 users)`, `${p50} ms`, verdict(p50 <= 100)]);
  for (const [page, p50] of ttfbUncached)
    rows.push([
      `(render path) storefront ${page} with both caches off: p50`,
      `${p50} ms`,
      p50 <= 100 ? 'info: within 100 ms' : 'info: over 100 ms',
    ]);
  rows.push([
    'search p95 ≤ 50 ms',
    searchFigures ? `${searchFigures.p95} ms` : 'no figure',
    verdict(searchFigures ? searchFigures.p95 <= 50 : null),
  ]);
  rows.push([
    'notifications: every message once (0 duplicates)',
    notificationLines.find((l) => l.startsWith('duplicates')) ?? 'no figure',
    verdict(
      notificationLines.some((l) => l.startsWith('duplicates')) ? notificationLines.includes('duplicates: 0') : null,
    ),
  ]);
  rows.push([
    'checkout: 0 oversold',
    checkoutFigures ? `${checkoutFigures.oversold} (at ${checkoutFigures.perSecond} checkouts/s)` : 'no figure',
    verdict(checkoutFigures ? checkoutFigures.oversold === 0 : null),
  ]);
  for (const page of ['catalogue: products list', 'catalogue: search + facets']) {
    const totals = roundTrips
      .filter((r) => r.page === page && r.size !== null)
      .map((r) => [...r.byService.values()].reduce((a, b) => a + b, 0));
    rows.push([
      `DB statements constant in page size (${page})`,
      totals.join(' / ') + ' at first=10/20/50',
      verdict(totals.every((t) => t === totals[0])),
    ]);
  }
  rows.push(
    [
      'regency league p95 ≤ 300 ms (issue 11)',
      regencyFigures ? `${regencyFigures.leagueP95} ms` : 'no figure',
      verdict(regencyFigures ? regencyFigures.leagueP95 <= 300 : null),
    ],
    [
      'village queue p95 ≤ 100 ms (issue 11)',
      regencyFigures ? `${regencyFigures.queueP95} ms` : 'no figure',
      verdict(regencyFigures ? regencyFigures.queueP95 <= 100 : null),
    ],
    [
      'seed from empty (npm start) < 60 s (issue 11)',
      regencyFigures ? `${regencyFigures.seedMs} ms` : 'no figure',
      verdict(regencyFigures ? regencyFigures.seedMs < 60_000 : null),
    ],
  );
  table('Targets from issues 6 and 11', ['target', 'measured', 'verdict'], rows);
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const out = path.join(root, 'bench/last-run.md');
  writeFileSync(out, `# npm run bench, ${new Date().toISOString()}\n\n${printedTables()}\n`);
  log(`tables written to ${path.relative(root, out)}`);
}

try {
  await main();
} catch (error) {
  console.error('[bench] failed:', error);
  console.error(serviceLines.slice(-30).join('\n'));
  process.exitCode = 1;
} finally {
  await cleanup();
}
