/**
 * `npm run bench:search`: 10,000 products in a throwaway embedded PostgreSQL, then a few
 * hundred varied searches (words with typos, facets, sorts, pages) through the PostgreSQL
 * adapter; prints p50 and p95. Target: p95 ≤ 50 ms.
 */
import { freePort, startEmbeddedPostgres } from '@kampung/devtools';
import { PostgresSearchIndex, subgraph, type SearchQuery } from '@kampung/products';
import { createOrm } from '@kampung/shared';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { products as seedProducts } from '@kampung/seed';

const PRODUCTS = 10_000;
const SEARCHES = 400;
const dir = mkdtempSync(path.join(tmpdir(), 'kampung-bench-'));
chmodSync(dir, 0o755); // initdb runs as another user when we are root
const db = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port: await freePort() });
const orm = await createOrm({
  schema: 'products',
  databaseUrl: db.url,
  entities: subgraph.entities,
  migrations: subgraph.migrations,
  appName: 'bench',
});
try {
  const em = orm.em.fork();
  const categories = ['batik', 'hasil-tani', 'kuliner', 'kerajinan', 'fashion', 'kopi'];
  for (const [i, slug] of categories.entries()) {
    await em.execute(
      'insert into products.categories (id, slug, name, name_en, position) values (gen_random_uuid(), ?, ?, ?, ?)',
      [slug, slug, slug, i],
    );
  }
  const titles = seedProducts.map((p) => p.title);
  const villages = ['Sembulung', 'Kemiren', 'Gombengsari', 'Sumberarum', 'Benculuk', 'Tamansari', 'Olehsari', 'Kenjo'];
  const techniques = ['tulis', 'cap', 'printing', 'kombinasi'];
  const motifs = [
    'Gajah Oling',
    'Kangkung Setingkes',
    'Paras Gempal',
    'Sekar Jagad',
    'Kopi Pecah',
    'Gedegan',
    'Moto Pitik',
  ];
  const started = Date.now();
  await em.execute(
    `
    insert into products.products (id, slug, title, description, category_id, seller_id, owner_user_id, status, attributes, seller_visible, seller_village, created_at)
    select gen_random_uuid(), 'p-' || n, (?::jsonb ->> (n % ?)) || ' ' || n, 'Produk UMKM Banyuwangi nomor ' || n || ' dari desa.',
      (select id from products.categories order by position offset n % 6 limit 1), gen_random_uuid(), gen_random_uuid(),
      case when n % 20 = 0 then 'DRAFT' else 'ACTIVE' end,
      case when n % 6 = 0 then jsonb_build_object('technique', (?::jsonb ->> (n % 4)), 'motif', (?::jsonb ->> (n % 7))) else '{}'::jsonb end,
      n % 50 <> 0, (?::jsonb ->> (n % 8)), now() - n * interval '1 minute'
    from generate_series(1, ?) n`,
    [
      JSON.stringify(titles),
      titles.length,
      JSON.stringify(techniques),
      JSON.stringify(motifs),
      JSON.stringify(villages),
      PRODUCTS,
    ],
  );
  await em.execute(`
    insert into products.product_variants (id, product_id, sku, name, options, price, stock, weight_grams, position)
    select gen_random_uuid(), p.id, 'SKU-' || p.slug || '-' || v, 'Varian ' || v, '[]', 10000 + (abs(hashtext(p.slug || v)) % 200) * 5000, abs(hashtext(p.slug)) % 4 * v, 300, v
    from products.products p, generate_series(0, 1) v`);
  await em.execute('analyze');
  console.log(`[bench] ${PRODUCTS} products (20,000 variants) generated in ${Date.now() - started} ms`);

  const words = [
    'batk gajah olin',
    'kopi osing',
    'kain batik',
    'buah naga',
    'sambal',
    'kemeja',
    'tulis',
    'gandrung',
    'beras',
    'kopi robsta',
    'sale pisang',
    'anyaman bambu',
    'durian',
    'terasi muncar',
    'batik cap',
  ];
  const pick = <T>(list: T[], i: number) => list[i % list.length]!;
  const sorts: SearchQuery['sort'][] = ['RELEVANCE', 'NEWEST', 'PRICE_ASC', 'PRICE_DESC'];
  const queries: SearchQuery[] = Array.from({ length: SEARCHES }, (_, i) => ({
    text: i % 5 === 4 ? null : pick(words, i),
    categorySlug: i % 3 === 0 ? pick(categories, i) : null,
    village: i % 4 === 1 ? pick(villages, i) : null,
    technique: i % 7 === 2 ? pick(techniques, i) : null,
    priceMin: i % 6 === 3 ? 100_000 : null,
    priceMax: i % 6 === 3 ? 600_000 : null,
    inStock: i % 2 === 0,
    sort: pick(sorts, i),
    limit: 24,
    offset: i % 9 === 0 ? 24 : 0,
  }));
  const index = new PostgresSearchIndex(orm.em.fork());
  for (const q of queries.slice(0, 20)) await index.search(q); // warm-up
  const times: number[] = [];
  const slowest: [number, SearchQuery][] = [];
  let hits = 0;
  for (const q of queries) {
    const t0 = performance.now();
    const result = await new PostgresSearchIndex(orm.em.fork()).search(q);
    const ms = performance.now() - t0;
    times.push(ms);
    slowest.push([ms, q]);
    hits += result.totalCount;
  }
  if (process.env.BENCH_VERBOSE) {
    for (const [ms, q] of slowest.sort((a, b) => b[0] - a[0]).slice(0, 8))
      console.log(`  ${ms.toFixed(1)} ms`, JSON.stringify(q));
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1);
  console.log(
    `[bench] ${SEARCHES} searches with facets: p50 ${at(50)} ms, p95 ${at(95)} ms, max ${times.at(-1)!.toFixed(1)} ms (avg ${Math.round(hits / SEARCHES)} matches)`,
  );
  console.log(`[bench] target p95 ≤ 50 ms: ${Number(at(95)) <= 50 ? 'met' : 'NOT met'}`);
} finally {
  await orm.close();
  await db.stop();
  rmSync(dir, { recursive: true, force: true });
}
