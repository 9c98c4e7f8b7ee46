/**
 * `npm run bench:checkout`: the checkout path under load, for real (embedded PostgreSQL,
 * the subgraphs and the gateway, each its own process). Prints figures; not a test.
 *
 * 1. Throughput: 50 concurrent buyers loop add-to-cart + checkout (cash on delivery) on 3
 *    hot variants with ample stock for a few seconds → checkouts per second.
 * 2. Contention: the same 3 variants with 10 units each, 50 buyers × 1 unit at once, three
 *    rounds → orders placed, and the oversell count (units sold beyond stock; must be 0).
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
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
import { signUserToken } from '@kampung/shared';
import pg from 'pg';

const BUYERS = 50;
const HOT = 3;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const SECRET = 'bench-checkout-secret-0123456789abcdef';
const root = path.resolve(import.meta.dirname, '..');
const ADDRESS = {
  recipientName: 'Pembeli Uji',
  phone: '081234567890',
  street: 'Jl. Uji 1',
  village: 'Kemiren',
  district: 'Glagah',
  regency: 'Banyuwangi',
  province: 'Jawa Timur',
  postalCode: '68432',
};

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'kampung-bench-'));
  chmodSync(dir, 0o755);
  const db = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port: await freePort() });
  const ports = {} as Ports;
  for (const name of Object.keys(DEFAULT_PORTS) as ServiceName[]) ports[name] = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    JWT_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    APOLLO_TELEMETRY_DISABLED: 'true',
  };
  execFileSync(process.execPath, ['--import', 'tsx', 'seed/src/main.ts'], { cwd: root, env, stdio: 'inherit' });
  const sql = new pg.Pool({ connectionString: db.url, max: 5 });
  const system = await startSystem({
    root,
    databaseUrl: db.url,
    jwtSecret: SECRET,
    sessionSecret: 'bench-session-secret',
    ports,
    storefront: false,
    env: { LOG_LEVEL: 'warn' },
  });
  try {
    const shop = (
      await sql.query<{ id: string; owner_user_id: string }>('select id, owner_user_id from sellers.sellers limit 1')
    ).rows[0]!;
    const category = (await sql.query<{ id: string }>('select id from products.categories limit 1')).rows[0]!;
    const variants: string[] = [];
    for (let i = 0; i < HOT; i++) {
      const productId = randomUUID();
      const variantId = randomUUID();
      await sql.query(
        `insert into products.products (id, slug, title, description, category_id, seller_id, owner_user_id, status)
        values ($1, $2, $3, 'bench', $4, $5, $6, 'ACTIVE')`,
        [productId, `bench-${productId}`, `Bench ${i}`, category.id, shop.id, shop.owner_user_id],
      );
      await sql.query(
        `insert into products.product_variants (id, product_id, sku, name, price, stock, weight_grams) values ($1, $2, $3, 'std', 25000, 1000000, 100)`,
        [variantId, productId, `BENCH-${variantId.slice(0, 20)}`],
      );
      variants.push(variantId);
    }
    const tokens = await Promise.all(
      Array.from({ length: BUYERS }, () =>
        signUserToken({ userId: randomUUID(), roles: ['BUYER'] }, { secret: SECRET, issuer: 'smart-kampung-accounts' }),
      ),
    );
    const call = async (token: string, query: string, variables: Record<string, unknown>) => {
      const response = await fetch(system.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as {
        data?: Record<string, unknown> | null;
        errors?: { extensions?: { code?: string } }[];
      };
    };
    const ADD = 'mutation($v: ID!) { addToCart(variantId: $v, quantity: 1) { id } }';
    const CHECKOUT = 'mutation($input: CheckoutInput!) { checkout(input: $input) { order { id } } }';
    const buy = async (token: string, variantId: string) => {
      const added = await call(token, ADD, { v: variantId });
      if (added.errors) return 'add-refused';
      const placed = await call(token, CHECKOUT, {
        input: { shippingAddress: ADDRESS, shipping: [{ sellerId: shop.id, option: 'PICKUP' }], paymentMethod: 'COD' },
      });
      if (placed.data?.checkout) return 'ok';
      // Refused checkout leaves the line in the cart: empty it for the next round.
      await sql.query(
        'delete from orders.cart_lines using orders.carts where carts.id = cart_lines.cart_id and carts.buyer_id::text = $1',
        [JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sub],
      );
      return placed.errors?.[0]?.extensions?.code ?? 'error';
    };

    // 1. Throughput.
    await Promise.all(tokens.map((token, i) => buy(token, variants[i % HOT]!))); // warm-up
    let ok = 0;
    let failed = 0;
    const started = performance.now();
    const until = started + SECONDS * 1000;
    await Promise.all(
      tokens.map(async (token, i) => {
        while (performance.now() < until) {
          if ((await buy(token, variants[(i + ok) % HOT]!)) === 'ok') ok++;
          else failed++;
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    console.log(
      `throughput: ${ok} checkouts in ${elapsed.toFixed(1)} s = ${(ok / elapsed).toFixed(1)} checkouts/s (${BUYERS} concurrent buyers, ${HOT} hot variants, ${failed} refused)`,
    );

    // 2. Contention: more buyers than units.
    let oversold = 0;
    for (let round = 1; round <= 3; round++) {
      const stock = 10;
      await sql.query('update products.product_variants set stock = $1 where id = any($2::uuid[])', [stock, variants]);
      const before = new Map<string, number>();
      for (const v of variants)
        before.set(
          v,
          Number(
            (
              await sql.query('select coalesce(sum(quantity), 0) as n from orders.order_lines where variant_id = $1', [
                v,
              ])
            ).rows[0].n,
          ),
        );
      const t0 = performance.now();
      const outcomes = await Promise.all(tokens.map((token, i) => buy(token, variants[i % HOT]!)));
      const ms = performance.now() - t0;
      let sold = 0;
      for (const v of variants) {
        const after = Number(
          (await sql.query('select coalesce(sum(quantity), 0) as n from orders.order_lines where variant_id = $1', [v]))
            .rows[0].n,
        );
        const left = Number(
          (await sql.query('select stock from products.product_variants where id = $1', [v])).rows[0].stock,
        );
        const soldHere = after - before.get(v)!;
        sold += soldHere;
        oversold +=
          Math.max(0, soldHere - stock) +
          Math.max(0, -left) +
          (soldHere + left === stock ? 0 : Math.abs(soldHere + left - stock));
      }
      const placed = outcomes.filter((o) => o === 'ok').length;
      console.log(
        `contention round ${round}: ${BUYERS} buyers for ${HOT * stock} units → ${placed} orders, ${sold} units sold, in ${ms.toFixed(0)} ms`,
      );
    }
    console.log(`oversold: ${oversold}`);
    if (oversold !== 0) process.exitCode = 1;
  } finally {
    await sql.end();
    await system.stop();
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
