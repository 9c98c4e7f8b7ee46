/**
 * Extra data on top of the seed: 200 verified shops and 10,000 active products (two
 * variants each), written with plain SQL into the sellers and products schemas.
 * Orders are not generated (see BENCHMARKS.md).
 */
import pg from 'pg';

export const SELLERS = 200;
export const PRODUCTS = 10_000;

const VILLAGES = ['Sembulung', 'Kemiren', 'Gombengsari', 'Sumberarum', 'Benculuk', 'Tamansari', 'Olehsari', 'Kenjo'];
const WORDS = ['Kain Batik Tulis', 'Kopi Robusta', 'Sambal Pecel', 'Anyaman Bambu', 'Sale Pisang', 'Kemeja Batik', 'Beras Merah', 'Terasi Muncar'];
const MOTIFS = ['Gajah Oling', 'Kangkung Setingkes', 'Paras Gempal', 'Sekar Jagad'];

export async function generateData(databaseUrl: string): Promise<{ sellers: number; products: number; variants: number; ms: number }> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'bench-data' });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`
      insert into sellers.sellers (id, owner_user_id, name, slug, village, district, whatsapp, description, verification_status, created_at, updated_at)
      select gen_random_uuid(), gen_random_uuid(), 'Toko Bench ' || n, 'toko-bench-' || n, ($1::jsonb ->> (n % 8)), 'Glagah',
        '+6281234' || lpad(n::text, 5, '0'), 'Toko contoh untuk pengukuran.', 'VERIFIED', now() - n * interval '1 hour', now()
      from generate_series(1, $2::int) n`, [JSON.stringify(VILLAGES), SELLERS]);
    await client.query(`
      insert into products.seller_status (seller_id, status, village)
      select id, 'VERIFIED', village from sellers.sellers where slug like 'toko-bench-%'`);
    await client.query(`
      with shops as (select id, owner_user_id, village, row_number() over (order by slug) - 1 as i from sellers.sellers where slug like 'toko-bench-%'),
           cats as (select id, row_number() over (order by position, slug) - 1 as i, count(*) over () as n from products.categories)
      insert into products.products (id, slug, title, description, category_id, seller_id, owner_user_id, status, attributes, seller_visible, seller_village, created_at, updated_at)
      select gen_random_uuid(), 'bench-produk-' || g, ($1::jsonb ->> (g % 8)) || ' ' || g, 'Produk UMKM Banyuwangi nomor ' || g || ' dari desa.',
        cats.id, shops.id, shops.owner_user_id, 'ACTIVE',
        case when g % 3 = 0 then jsonb_build_object('technique', 'tulis', 'motif', ($2::jsonb ->> (g % 4))) else '{}'::jsonb end,
        true, shops.village, now() - interval '1 day' - g * interval '1 minute', now()
      from generate_series(1, $3::int) g
      join shops on shops.i = g % $4
      join cats on cats.i = g % cats.n`, [JSON.stringify(WORDS), JSON.stringify(MOTIFS), PRODUCTS, SELLERS]);
    const variants = await client.query(`
      insert into products.product_variants (id, product_id, sku, name, options, price, stock, weight_grams, position)
      select gen_random_uuid(), p.id, 'BENCH-' || substr(p.id::text, 1, 23) || '-' || v, 'Varian ' || v, '[]',
        10000 + (abs(hashtext(p.slug || v)) % 200) * 5000, 1 + abs(hashtext(p.slug)) % 40, 300, v
      from products.products p, generate_series(0, 1) v where p.slug like 'bench-produk-%'`);
    await client.query('commit');
    await client.query('analyze');
    return { sellers: SELLERS, products: PRODUCTS, variants: variants.rowCount ?? 0, ms: Date.now() - started };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
