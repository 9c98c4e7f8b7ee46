/**
 * Extra data on top of the seed: 200 verified shops, 10,000 active products (two variants
 * each) and 5,000 completed, paid orders from 100 buyers (one shop and one line each, every
 * other line reviewed, so product ratings read real rows), written with plain SQL into the
 * sellers, products and orders schemas.
 */
import pg from 'pg';

export const SELLERS = 200;
export const PRODUCTS = 10_000;
export const ORDERS = 5_000;

const VILLAGES = ['Sembulung', 'Kemiren', 'Gombengsari', 'Sumberarum', 'Benculuk', 'Tamansari', 'Olehsari', 'Kenjo'];
const WORDS = [
  'Kain Batik Tulis',
  'Kopi Robusta',
  'Sambal Pecel',
  'Anyaman Bambu',
  'Sale Pisang',
  'Kemeja Batik',
  'Beras Merah',
  'Terasi Muncar',
];
const MOTIFS = ['Gajah Oling', 'Kangkung Setingkes', 'Paras Gempal', 'Sekar Jagad'];

export async function generateData(
  databaseUrl: string,
): Promise<{ sellers: number; products: number; variants: number; orders: number; reviews: number; ms: number }> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'bench-data' });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(
      `
      insert into sellers.sellers (id, owner_user_id, name, slug, village, district, whatsapp, description, verification_status, created_at, updated_at)
      select gen_random_uuid(), gen_random_uuid(), 'Toko Bench ' || n, 'toko-bench-' || n, ($1::jsonb ->> (n % 8)), 'Glagah',
        '+6281234' || lpad(n::text, 5, '0'), 'Toko contoh untuk pengukuran.', 'VERIFIED', now() - n * interval '1 hour', now()
      from generate_series(1, $2::int) n`,
      [JSON.stringify(VILLAGES), SELLERS],
    );
    await client.query(`
      insert into products.seller_status (seller_id, status, village)
      select id, 'VERIFIED', village from sellers.sellers where slug like 'toko-bench-%'`);
    await client.query(
      `
      with shops as (select id, owner_user_id, village, row_number() over (order by slug) - 1 as i from sellers.sellers where slug like 'toko-bench-%'),
           cats as (select id, row_number() over (order by position, slug) - 1 as i, count(*) over () as n from products.categories)
      insert into products.products (id, slug, title, description, category_id, seller_id, owner_user_id, status, attributes, seller_visible, seller_village, created_at, updated_at)
      select gen_random_uuid(), 'bench-produk-' || g, ($1::jsonb ->> (g % 8)) || ' ' || g, 'Produk UMKM Banyuwangi nomor ' || g || ' dari desa.',
        cats.id, shops.id, shops.owner_user_id, 'ACTIVE',
        case when g % 3 = 0 then jsonb_build_object('technique', 'tulis', 'motif', ($2::jsonb ->> (g % 4))) else '{}'::jsonb end,
        true, shops.village, now() - interval '1 day' - g * interval '1 minute', now()
      from generate_series(1, $3::int) g
      join shops on shops.i = g % $4
      join cats on cats.i = g % cats.n`,
      [JSON.stringify(WORDS), JSON.stringify(MOTIFS), PRODUCTS, SELLERS],
    );
    const variants = await client.query(`
      insert into products.product_variants (id, product_id, sku, name, options, price, stock, weight_grams, position)
      select gen_random_uuid(), p.id, 'BENCH-' || substr(p.id::text, 1, 23) || '-' || v, 'Varian ' || v, '[]',
        10000 + (abs(hashtext(p.slug || v)) % 200) * 5000, 1 + abs(hashtext(p.slug)) % 40, 300, v
      from products.products p, generate_series(0, 1) v where p.slug like 'bench-produk-%'`);
    const orders = await generateOrders(client);
    await client.query('commit');
    await client.query('analyze');
    return {
      sellers: SELLERS,
      products: PRODUCTS,
      variants: variants.rowCount ?? 0,
      ...orders,
      ms: Date.now() - started,
    };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function generateOrders(client: pg.Client): Promise<{ orders: number; reviews: number }> {
  await client.query(
    `
    create temp table bench_orders on commit drop as
    with variants as (
      select v.id, v.product_id, v.sku, v.price, p.title, p.seller_id, row_number() over (order by v.id) - 1 as i, count(*) over () as n
      from products.product_variants v join products.products p on p.id = v.product_id where p.slug like 'bench-produk-%')
    select o, gen_random_uuid() as order_id, gen_random_uuid() as seller_order_id, gen_random_uuid() as line_id,
      ('00000000-0000-4000-8000-' || lpad((o % 100)::text, 12, '0'))::uuid as buyer_id,
      variants.id as variant_id, variants.product_id, variants.sku, variants.price, variants.title, variants.seller_id,
      1 + o % 3 as quantity, now() - o * interval '7 minutes' as created_at
    from generate_series(1, $1::int) o join variants on variants.i = (o * 7919) % variants.n`,
    [ORDERS],
  );
  const address = {
    recipientName: 'Pembeli Bench',
    phone: '+6281200000000',
    street: 'Jl. Pengukuran 1',
    village: 'Kemiren',
    district: 'Glagah',
    postalCode: '68432',
  };
  await client.query(
    `
    insert into orders.orders (id, code, buyer_id, status, payment_method, items_total, shipping_total, total_amount, shipping_address, created_at, updated_at)
    select order_id, 'BN' || lpad(o::text, 8, '0'), buyer_id, 'COMPLETED', 'MIDTRANS', price * quantity, 10000, price * quantity + 10000, $1::jsonb, created_at, created_at
    from bench_orders`,
    [JSON.stringify(address)],
  );
  await client.query(`
    insert into orders.seller_orders (id, order_id, seller_id, status, items_total, shipping_fee, shipping_option, created_at, updated_at)
    select seller_order_id, order_id, seller_id, 'COMPLETED', price * quantity, 10000, 'JNE REG', created_at, created_at from bench_orders`);
  await client.query(`
    insert into orders.order_lines (id, seller_order_id, product_id, variant_id, title, sku, unit_price, quantity, line_total)
    select line_id, seller_order_id, product_id, variant_id, title, sku, price, quantity, price * quantity from bench_orders`);
  await client.query(`
    insert into orders.payments (id, order_id, method, status, amount, transaction_status, created_at, updated_at)
    select gen_random_uuid(), order_id, 'MIDTRANS', 'PAID', price * quantity + 10000, 'settlement', created_at, created_at from bench_orders`);
  const reviews = await client.query(`
    insert into orders.reviews (id, order_line_id, product_id, buyer_id, rating, comment, created_at)
    select gen_random_uuid(), line_id, product_id, buyer_id, 3 + o % 3, 'Barang sesuai, pengiriman cepat.', created_at from bench_orders where o % 2 = 0`);
  return { orders: ORDERS, reviews: reviews.rowCount ?? 0 };
}
