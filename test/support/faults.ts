import { randomUUID } from 'node:crypto';
import { DEFAULT_VILLAGE_CODE, HOME_REGENCY_CODE, signingKeyOf, signUserToken, type Role } from '@kampung/shared';
import type { ServiceName } from '@kampung/devtools';
import type { IsolatedSystem } from './isolated-system.js';
import type { TadaDocumentNode } from 'gql.tada';
import { postGraphql, type GraphqlError, type GraphqlResponse, type RawResult } from './client.js';
import { graphql } from './graphql.js';

/** Fault tests talk to their own system, never the shared one `inject('system')` names. */
export function gqlAt<Result, Variables>(
  url: string,
  document: TadaDocumentNode<Result, Variables>,
  variables?: Variables,
  token?: string,
): Promise<GraphqlResponse<Result>>;
export function gqlAt(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<GraphqlResponse<RawResult>>;
export function gqlAt(
  url: string,
  document: string | TadaDocumentNode<unknown, never>,
  variables: unknown = {},
  token?: string,
): Promise<GraphqlResponse<unknown>> {
  return postGraphql(url, document, variables, token ? { authorization: `Bearer ${token}` } : {});
}

/**
 * A token for a person who need not exist in accounts (orders and services only read the token).
 * STAFF works for Sembulung and ADMIN is the regency admin, as the seeded accounts are.
 */
export const tokenFor = async (running: IsolatedSystem, roles: Role[] = ['BUYER'], userId: string = randomUUID()) =>
  signUserToken(
    {
      userId,
      roles,
      memberships: [
        ...(roles.includes('STAFF') ? [{ role: 'VILLAGE_STAFF' as const, place: DEFAULT_VILLAGE_CODE }] : []),
        ...(roles.includes('ADMIN') ? [{ role: 'REGENCY_ADMIN' as const, place: HOME_REGENCY_CODE }] : []),
      ],
    },
    // Signed as accounts signs (EdDSA, its key): gateway and subgraphs check it by accounts' JWKS.
    {
      secret: running.jwtSecret,
      issuer: 'smart-kampung-accounts',
      signingKey: await signingKeyOf(running.jwtPrivateKey),
    },
  );

/** Polls `check` until it returns a value other than undefined, or fails with `what` after `timeoutMs`. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 20_000,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export async function statusOf(url: string): Promise<number> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(3_000) })).status;
  } catch {
    return 0;
  }
}

/** SIGKILL: no handler runs, no request drains, no transaction commits. */
export async function crash(running: IsolatedSystem, name: ServiceName): Promise<void> {
  const managed = running.system.processes.get(name);
  if (!managed) throw new Error(`${name} is not running`);
  await managed.kill();
}

export const subgraphBase = (running: IsolatedSystem, name: keyof IsolatedSystem['subgraphUrls']) =>
  running.subgraphUrls[name].replace(/\/graphql$/, '');

/** Whether a client-facing error leaks internals: stack, host:port, URL, SQL. */
export function leaksInternals(error: GraphqlError): boolean {
  const text = JSON.stringify(error);
  return /127\.0\.0\.1|localhost|:\d{4,5}\b|https?:\/\/|stacktrace|\bat .+\(.+:\d+:\d+\)|ECONN|select |insert |node_modules/i.test(
    text,
  );
}

export const ADDRESS = {
  recipientName: 'Siti Aminah',
  phone: '081234567890',
  street: 'Jl. Raya Kemiren No. 5',
  village: 'Kemiren',
  district: 'Glagah',
  regency: 'Banyuwangi',
  province: 'Jawa Timur',
  postalCode: '68432',
};

export const ADD_TO_CART = graphql(
  'mutation($variantId: ID!, $quantity: Int!) { addToCart(variantId: $variantId, quantity: $quantity) { id } }',
);
export const CHECKOUT = graphql(
  'mutation($input: CheckoutInput!) { checkout(input: $input) { redirectUrl order { id status totalAmount } } }',
);

export interface Fixture {
  sellerId: string;
  variantIds: string[];
}

/** ACTIVE products with one variant each, in an existing seeded shop, written straight into the products schema. */
export async function freshVariants(
  running: IsolatedSystem,
  count: number,
  stock: number,
  price = 15_000,
): Promise<Fixture> {
  const shop = (
    await running.db.query<{ id: string; owner_user_id: string }>(
      `select id, owner_user_id from sellers.sellers where slug = 'batik-sekar-sembulung'`,
    )
  ).rows[0]!;
  const category = (await running.db.query<{ id: string }>('select id from products.categories order by slug limit 1'))
    .rows[0]!;
  const variantIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const productId = randomUUID();
    const variantId = randomUUID();
    await running.db.query(
      `insert into products.products (id, slug, title, description, category_id, seller_id, owner_user_id, status)
       values ($1, $2, $3, 'Produk uji gangguan', $4, $5, $6, 'ACTIVE')`,
      [
        productId,
        `uji-gangguan-${productId}`,
        `Gula Aren Uji ${productId.slice(0, 6)}`,
        category.id,
        shop.id,
        shop.owner_user_id,
      ],
    );
    await running.db.query(
      `insert into products.product_variants (id, product_id, sku, name, price, stock, weight_grams) values ($1, $2, $3, '500 g', $4, $5, 500)`,
      [variantId, productId, `GGN-${variantId.slice(0, 18)}`, price, stock],
    );
    variantIds.push(variantId);
  }
  return { sellerId: shop.id, variantIds };
}

export type CheckoutOutcome =
  { ok: true; orderId: string; status: string } | { ok: false; reason: string; retryable: boolean };

/** One buyer: add to cart, check out; any failure (a refused request, a dropped connection) is an outcome, not a throw. */
export async function attemptCheckout(
  running: IsolatedSystem,
  token: string,
  fixture: Fixture,
  variantId: string,
  options: { paymentMethod?: 'COD' | 'MIDTRANS'; idempotencyKey?: string; skipAdd?: boolean } = {},
): Promise<CheckoutOutcome> {
  try {
    if (!options.skipAdd) {
      const added = await gqlAt(running.gatewayUrl, ADD_TO_CART, { variantId, quantity: 1 }, token);
      if (added.errors)
        return {
          ok: false,
          reason: `add:${added.errors[0]?.extensions?.code ?? added.status}`,
          retryable: added.errors[0]?.extensions?.retryable === true,
        };
    }
    const placed = await gqlAt(
      running.gatewayUrl,
      CHECKOUT,
      {
        input: {
          shippingAddress: ADDRESS,
          shipping: [{ sellerId: fixture.sellerId, option: 'PICKUP' }],
          paymentMethod: options.paymentMethod ?? 'COD',
          idempotencyKey: options.idempotencyKey ?? null,
        },
      },
      token,
    );
    if (placed.data?.checkout)
      return { ok: true, orderId: placed.data.checkout.order.id, status: placed.data.checkout.order.status };
    const first = placed.errors?.[0];
    return {
      ok: false,
      reason: `checkout:${first?.extensions?.code ?? placed.status}`,
      retryable: first?.extensions?.retryable === true,
    };
  } catch (error) {
    return {
      ok: false,
      reason: `network:${(error as { cause?: { code?: string } }).cause?.code ?? String(error)}`,
      retryable: true,
    };
  }
}

/** Whether the buyer's cart still holds a line (the checkout did not place an order, or never got that far). */
export async function cartHasLine(running: IsolatedSystem, buyerId: string): Promise<boolean> {
  const { rowCount } = await running.db.query(
    'select 1 from orders.cart_lines l join orders.carts c on c.id = l.cart_id where c.buyer_id = $1',
    [buyerId],
  );
  return (rowCount ?? 0) > 0;
}

export interface InvariantReport {
  checks: number;
  violations: string[];
}

/**
 * The stock and money invariants, by SQL over products and orders, for the given variants
 * (whose stock started at `initialStock` each): stock never negative; stock + held + sold
 * = initial (nothing lost, nothing made up); units in live orders = units held or sold for
 * them; no reservation without an order; no RESERVED stock for an order that is over; no
 * order still payable past its due time; every order has exactly one payment, and a paid
 * order's payment is PAID with its stock COMMITTED; no checkout attempt left over.
 */
export async function checkStockInvariants(
  running: IsolatedSystem,
  variantIds: string[],
  initialStock: number,
): Promise<InvariantReport> {
  const q = running.db.query.bind(running.db);
  const violations: string[] = [];
  let checks = 0;
  const expect = (ok: boolean, message: string) => {
    checks++;
    if (!ok) violations.push(message);
  };
  const variants = (
    await q<{ id: string; stock: number; held: string; sold: string; ordered: string }>(
      `select v.id, v.stock,
            coalesce((select sum(quantity) from products.stock_reservations r where r.variant_id = v.id and r.state = 'RESERVED'), 0) as held,
            coalesce((select sum(quantity) from products.stock_reservations r where r.variant_id = v.id and r.state = 'COMMITTED'), 0) as sold,
            coalesce((select sum(l.quantity) from orders.order_lines l join orders.seller_orders so on so.id = l.seller_order_id join orders.orders o on o.id = so.order_id
                       where l.variant_id = v.id and o.status not in ('CANCELLED', 'EXPIRED')), 0) as ordered
       from products.product_variants v where v.id = any($1::uuid[])`,
      [variantIds],
    )
  ).rows;
  expect(variants.length === variantIds.length, `expected ${variantIds.length} variants, found ${variants.length}`);
  for (const v of variants) {
    const held = Number(v.held);
    const sold = Number(v.sold);
    expect(v.stock >= 0, `variant ${v.id}: negative stock ${v.stock}`);
    expect(
      v.stock + held + sold === initialStock,
      `variant ${v.id}: stock ${v.stock} + held ${held} + sold ${sold} ≠ ${initialStock}`,
    );
    expect(held + sold <= initialStock, `variant ${v.id}: ${held + sold} units out of ${initialStock} stocked`);
    expect(
      Number(v.ordered) === held + sold,
      `variant ${v.id}: live orders have ${v.ordered} units, reservations ${held + sold}`,
    );
  }
  const orphans = await q(
    `select r.order_id from products.stock_reservations r where r.variant_id = any($1::uuid[]) and r.state <> 'RELEASED'
    and not exists (select 1 from orders.orders o where o.id = r.order_id)`,
    [variantIds],
  );
  expect(orphans.rowCount === 0, `${orphans.rowCount} reservations hold stock for an order that does not exist`);
  const stranded = await q(
    `select r.order_id from products.stock_reservations r join orders.orders o on o.id = r.order_id
    where r.variant_id = any($1::uuid[]) and r.state = 'RESERVED' and o.status in ('CANCELLED', 'EXPIRED')`,
    [variantIds],
  );
  expect(stranded.rowCount === 0, `${stranded.rowCount} reservations still held for cancelled or expired orders`);
  const overdue = await q(
    `select id from orders.orders where status = 'PENDING_PAYMENT' and payment_due_at < now() - interval '5 seconds'`,
  );
  expect(overdue.rowCount === 0, `${overdue.rowCount} orders still awaiting payment past their due time`);
  const payments = await q(
    `select o.id, count(p.id) as n from orders.orders o left join orders.payments p on p.order_id = o.id group by o.id having count(p.id) <> 1`,
  );
  expect(payments.rowCount === 0, `${payments.rowCount} orders without exactly one payment`);
  const paid = await q(`select o.id from orders.orders o join orders.payments p on p.order_id = o.id
    where o.status = 'PAID' and (p.status <> 'PAID' or exists (select 1 from products.stock_reservations r where r.order_id = o.id and r.state <> 'COMMITTED'))`);
  expect(paid.rowCount === 0, `${paid.rowCount} paid orders whose payment is not PAID or whose stock is not committed`);
  const attempts = await q('select order_id from orders.checkout_attempts');
  expect(attempts.rowCount === 0, `${attempts.rowCount} checkout attempts left over`);
  return { checks, violations };
}
