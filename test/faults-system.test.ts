/**
 * Faults, for real, on a system of its own: PostgreSQL restarted under the services, a
 * subgraph stopped behind the gateway and the storefront, the orders subgraph SIGKILLed in
 * the middle of a checkout burst and of a burst of payment notifications, the services
 * subgraph SIGKILLed while citizens apply, SIGTERM while requests are in flight. After each,
 * the invariants are checked by SQL and everything must answer again without restarting
 * anything but the process that was hit.
 */
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPHS, type SubgraphName } from '@kampung/devtools';
import { notificationBody } from './support/fake-midtrans.js';
import {
  attemptCheckout,
  cartHasLine,
  checkStockInvariants,
  crash,
  eventually,
  freshVariants,
  gqlAt,
  leaksInternals,
  statusOf,
  subgraphBase,
  tokenFor,
  type CheckoutOutcome,
} from './support/faults.js';
import { startIsolatedSystem, type IsolatedSystem } from './support/isolated-system.js';
import { graphql } from './support/graphql.js';

let running: IsolatedSystem;
const figures = { faults: 0, invariantChecks: 0, violations: 0 };
const timings: Record<string, number> = {};
const SKTM = 'surat-keterangan-tidak-mampu';
const ORDERS_OF_VARIANTS =
  '(select so.order_id from orders.seller_orders so join orders.order_lines l on l.seller_order_id = so.id where l.variant_id = any($1::uuid[]))';

async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await work();
  } finally {
    timings[name] = Date.now() - started;
  }
}

function recordInvariants(report: { checks: number; violations: string[] }) {
  figures.invariantChecks += report.checks;
  figures.violations += report.violations.length;
  expect(report.violations).toEqual([]);
}

const alive = (name: SubgraphName | 'gateway') => {
  const child = running.system.processes.get(name)?.child;
  return !!child && child.exitCode === null && child.signalCode === null;
};

const PRODUCTS_AND_SERVICES = graphql(
  '{ products(first: 2) { edges { node { id title } } } featuredServices(limit: 2) { id name } }',
);

beforeAll(async () => {
  const started = Date.now();
  running = await startIsolatedSystem({
    name: 'kampung-faults',
    // Quick to give up on a dead checkout; long payment windows (expiry is driven by SQL below).
    // No gateway or storefront cache: each answer below must come from the subgraphs as they are at that moment.
    env: {
      CHECKOUT_ATTEMPT_STALE_MS: '3000',
      JOB_INTERVAL_MS: '300',
      RESPONSE_CACHE_TTL_MS: '0',
      PAGE_CACHE_TTL_MS: '0',
    },
  });
  timings.startSystem = Date.now() - started;
}, 180_000);

afterAll(async () => {
  console.log(
    `[faults] faults injected: ${figures.faults}, invariant checks: ${figures.invariantChecks}, violations: ${figures.violations}`,
  );
  console.log(`[faults] timings (ms): ${JSON.stringify(timings)}`);
  await running?.stop();
}, 60_000);

describe('PostgreSQL restarts under the running services', () => {
  it('reports not ready and answers SERVICE_UNAVAILABLE while it is down, and every service answers again after, without a restart', async () => {
    await timed('postgresRestart', async () => {
      for (const name of SUBGRAPHS) expect(await statusOf(`${subgraphBase(running, name)}/ready`)).toBe(200);
      figures.faults++;
      await running.db.restart(async () => {
        for (const name of SUBGRAPHS) {
          await eventually(
            `${name} /ready to say 503`,
            async () => {
              const status = await statusOf(`${subgraphBase(running, name)}/ready`);
              if (status === 503) return true;
              // What it said last, and whether it still runs, for the failure message.
              throw new Error(`/ready answered ${status || 'nothing'}; the process ${alive(name) ? 'runs' : 'exited'}`);
            },
            15_000,
          );
          // Liveness is not readiness: the process is fine, its database is not.
          expect(await statusOf(`${subgraphBase(running, name)}/health`)).toBe(200);
        }
        const during = await gqlAt(running.gatewayUrl, PRODUCTS_AND_SERVICES);
        expect(during.status).toBe(200);
        expect(during.errors?.length).toBeGreaterThan(0);
        for (const error of during.errors!) {
          expect(error.extensions?.code).toBe('SERVICE_UNAVAILABLE');
          expect(error.extensions?.retryable).toBe(true);
          expect(error.message).toContain('coba lagi');
          expect(error.message).toContain('try again');
          expect(leaksInternals(error)).toBe(false);
        }
        // What needs no database still answers; asked directly, a subgraph says the same as the gateway.
        const direct = await gqlAt(running.subgraphUrls.orders, graphql('{ shippingOptions { code } paymentMethods }'));
        expect(direct.errors ?? []).toEqual([]);
        const fromDatabase = await gqlAt(
          running.subgraphUrls.services,
          graphql('{ featuredServices(limit: 1) { id } }'),
        );
        expect(fromDatabase.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
        // A write is refused the same way, and the background jobs polling the dead database crash nothing.
        const write = await attemptCheckout(
          running,
          await tokenFor(running),
          { sellerId: randomUUID(), variantIds: [] },
          randomUUID(),
        );
        expect(write).toEqual({ ok: false, reason: 'add:SERVICE_UNAVAILABLE', retryable: true });
        // A payment notification is answered 503 (Midtrans retries it), not 500.
        const notification = await fetch(`${subgraphBase(running, 'orders')}/payments/midtrans/notification`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(notificationBody(randomUUID(), 'settlement', 10_000, running.midtrans.serverKey)),
        });
        expect(notification.status).toBe(503);
        for (const name of [...SUBGRAPHS, 'gateway' as const]) expect(alive(name)).toBe(true);
      });
      for (const name of SUBGRAPHS) {
        await eventually(
          `${name} /ready to say 200 again`,
          async () => ((await statusOf(`${subgraphBase(running, name)}/ready`)) === 200 ? true : undefined),
          15_000,
        );
      }
      const after = await eventually(
        'the gateway to answer without errors',
        async () => {
          const result = await gqlAt(running.gatewayUrl, PRODUCTS_AND_SERVICES);
          return result.errors ? undefined : result;
        },
        15_000,
      );
      expect(after.data!.products.edges.length).toBe(2);
      expect(after.data!.featuredServices.length).toBeGreaterThan(0);
      for (const name of [...SUBGRAPHS, 'gateway' as const]) expect(alive(name)).toBe(true);
      // A write works too: the pools made new connections.
      const token = await tokenFor(running);
      const fixture = await freshVariants(running, 1, 5);
      const outcome = await attemptCheckout(running, token, fixture, fixture.variantIds[0]!);
      expect(outcome.ok).toBe(true);
    });
  });
});

describe('a subgraph goes down', () => {
  const storefront = (path: string) =>
    fetch(`${running.storefrontUrl}${path}`, { headers: { 'accept-language': 'id' } });
  const withLayout = (html: string) => expect(html).toMatch(/<header class="site-header"[\s\S]*<nav[\s\S]*<footer/);
  const UNAVAILABLE_SECTION = 'Bagian ini belum bisa dimuat';
  const UNAVAILABLE_PAGE = 'Layanan sedang tidak tersedia';
  const SHOP_UNAVAILABLE = 'Informasi toko sedang tidak dapat dimuat';

  async function whileDown(name: SubgraphName, check: () => Promise<void>) {
    figures.faults++;
    await running.system.stop(name);
    try {
      await check();
    } finally {
      await running.system.start(name);
    }
  }

  it('services down: the gateway answers the rest with a clean error for the missing part; home shows a notice, a service page a 503 page; all back after', async () => {
    await timed('servicesDown', async () => {
      const slug = (
        await running.db.query<{ slug: string }>(
          `select slug from products.products where status = 'ACTIVE' order by slug limit 1`,
        )
      ).rows[0]!.slug;
      await whileDown('services', async () => {
        const result = await gqlAt(
          running.gatewayUrl,
          graphql(
            'query($slug: String!, $service: String!) { product(slug: $slug) { title } service(slug: $service) { name } }',
          ),
          { slug, service: SKTM },
        );
        expect(result.status).toBe(200);
        expect(result.data?.product?.title).toBeTruthy();
        expect(result.data?.service).toBeNull();
        expect(result.errors?.length).toBeGreaterThan(0);
        for (const error of result.errors!) {
          expect(error.extensions?.code).toBe('SERVICE_UNAVAILABLE');
          expect(leaksInternals(error)).toBe(false);
        }
        const home = await storefront('/');
        expect(home.status).toBe(200);
        const html = await home.text();
        withLayout(html);
        expect(html).toContain(UNAVAILABLE_SECTION);
        expect(html).toContain('data-testid="product-card"');
        const service = await storefront(`/layanan/${SKTM}`);
        expect(service.status).toBe(503);
        const page = await service.text();
        withLayout(page);
        expect(page).toContain(UNAVAILABLE_PAGE);
      });
      expect(await (await storefront('/')).text()).not.toContain(UNAVAILABLE_SECTION);
      expect((await storefront(`/layanan/${SKTM}`)).status).toBe(200);
      expect(
        (await gqlAt(running.gatewayUrl, graphql('{ service(slug: "surat-keterangan-tidak-mampu") { name } }'))).errors,
      ).toBeUndefined();
    });
  });

  it('products down: home shows notices, the catalogue a 503 page; all back after', async () => {
    await timed('productsDown', async () => {
      await whileDown('products', async () => {
        const home = await storefront('/');
        expect(home.status).toBe(200);
        const html = await home.text();
        withLayout(html);
        expect(html).toContain(UNAVAILABLE_SECTION);
        const catalogue = await storefront('/katalog');
        expect(catalogue.status).toBe(503);
        const page = await catalogue.text();
        withLayout(page);
        expect(page).toContain(UNAVAILABLE_PAGE);
      });
      expect(await (await storefront('/')).text()).not.toContain(UNAVAILABLE_SECTION);
      expect((await storefront('/katalog')).status).toBe(200);
    });
  });

  it('sellers down: a product page shows the product with a notice where the shop would be; whole again after', async () => {
    await timed('sellersDown', async () => {
      const product = (
        await running.db.query<{ slug: string }>(
          `select slug from products.products where status = 'ACTIVE' and slug not like 'uji-%' order by slug limit 1`,
        )
      ).rows[0]!.slug;
      await whileDown('sellers', async () => {
        const page = await storefront(`/produk/${product}`);
        expect(page.status).toBe(200);
        const html = await page.text();
        withLayout(html);
        expect(html).toContain('data-testid="price"');
        expect(html).toContain(SHOP_UNAVAILABLE);
      });
      const productPage = await storefront(`/produk/${product}`);
      expect(productPage.status).toBe(200);
      expect(await productPage.text()).not.toContain(SHOP_UNAVAILABLE);
    });
  });
});

describe('a process dies mid-checkout or mid-payment', () => {
  const BUYERS = 48;
  const STOCK = 10;

  it('SIGKILL of orders during a checkout burst loses nothing; retries with the same idempotency key return the first order', async () => {
    await timed('killDuringCheckouts', async () => {
      const fixture = await freshVariants(running, 4, STOCK);
      const buyers = await Promise.all(
        Array.from({ length: BUYERS }, async (_, i) => ({
          id: randomUUID(),
          idempotencyKey: `retry-${randomUUID()}`,
          variantId: fixture.variantIds[i % fixture.variantIds.length]!,
          paymentMethod: (i % 2 === 0 ? 'COD' : 'MIDTRANS') as 'COD' | 'MIDTRANS',
          token: '',
        })),
      );
      for (const buyer of buyers) buyer.token = await tokenFor(running, ['BUYER'], buyer.id);

      const burst = Promise.all(
        buyers.map((buyer) => attemptCheckout(running, buyer.token, fixture, buyer.variantId, buyer)),
      );
      // Killed once some orders are written and others are still on their way.
      await eventually(
        'the first orders of the burst',
        async () => {
          const { rows } = await running.db.query<{ n: string }>(
            'select count(*) as n from orders.order_lines where variant_id = any($1::uuid[])',
            [fixture.variantIds],
          );
          return Number(rows[0]!.n) >= 6 ? true : undefined;
        },
        30_000,
        20,
      );
      figures.faults++;
      await crash(running, 'orders');
      const first: CheckoutOutcome[] = await burst;
      expect(first.some((o) => !o.ok)).toBe(true);
      // Checkouts the kill cut between reserving and writing their order: the sweeper's work.
      const cut = await running.db.query('select 1 from orders.checkout_attempts');
      const placedBeforeKill = new Set(
        (
          await running.db.query<{ id: string }>(`select id from orders.orders where id in ${ORDERS_OF_VARIANTS}`, [
            fixture.variantIds,
          ])
        ).rows.map((r) => r.id),
      );
      console.log(
        `[faults] checkout burst: ${first.filter((o) => o.ok).length}/${BUYERS} answered before the kill, ${cut.rowCount} attempts cut mid-way`,
      );
      await running.system.start('orders');

      // Every buyer retries with the same key until the checkout settles (the killed attempts are swept first).
      const retried = await Promise.all(
        buyers.map((buyer) =>
          eventually(
            `buyer ${buyer.id} to settle`,
            async () => {
              const skipAdd = await cartHasLine(running, buyer.id);
              const outcome = await attemptCheckout(running, buyer.token, fixture, buyer.variantId, {
                ...buyer,
                skipAdd,
              });
              if (outcome.ok) return outcome;
              // Down, restarting, or the killed attempt not yet swept: try again. Out of stock: settled.
              return outcome.retryable || outcome.reason.endsWith('SERVICE_UNAVAILABLE') ? undefined : outcome;
            },
            30_000,
            200,
          ),
        ),
      );

      let answeredByKey = 0;
      for (const [i, buyer] of buyers.entries()) {
        const placed = (
          await running.db.query<{ id: string }>('select id from orders.orders where buyer_id = $1', [buyer.id])
        ).rows;
        const retriedOutcome = retried[i]!;
        if (!first[i]!.ok && retriedOutcome.ok && placedBeforeKill.has(retriedOutcome.orderId)) answeredByKey++;
        expect(placed.length, `buyer ${i} has at most one order`).toBeLessThanOrEqual(1);
        const firstOutcome = first[i]!;
        const retry = retried[i]!;
        if (firstOutcome.ok) {
          expect(retry.ok && retry.orderId).toBe(firstOutcome.orderId);
        }
        if (retry.ok) expect(placed[0]?.id).toBe(retry.orderId);
      }
      console.log(
        `[faults] retries: ${retried.filter((o) => o.ok).length} orders in the end, ${answeredByKey} of them placed by an attempt whose answer the kill lost`,
      );
      const sold = (
        await running.db.query<{ n: string }>(
          `select count(*) as n from orders.orders where status not in ('CANCELLED', 'EXPIRED') and id in ${ORDERS_OF_VARIANTS}`,
          [fixture.variantIds],
        )
      ).rows[0]!;
      expect(Number(sold.n)).toBeLessThanOrEqual(fixture.variantIds.length * STOCK);

      // The expiry job resumes after the crash: unpaid orders past their window give their stock back.
      await running.db.query(
        `update orders.orders set payment_due_at = now() - interval '1 second'
        where status = 'PENDING_PAYMENT' and id in ${ORDERS_OF_VARIANTS}`,
        [fixture.variantIds],
      );
      await eventually(
        'the expiry job to expire the unpaid orders',
        async () => {
          const { rowCount } = await running.db.query(
            `select 1 from orders.orders where status = 'PENDING_PAYMENT'
          and id in ${ORDERS_OF_VARIANTS}`,
            [fixture.variantIds],
          );
          return rowCount === 0 ? true : undefined;
        },
        20_000,
      );
      const report = await eventually(
        'checkout attempts to be swept',
        async () => {
          const result = await checkStockInvariants(running, fixture.variantIds, STOCK);
          return result.violations.length === 0 ? result : undefined;
        },
        15_000,
        250,
      ).catch(() => checkStockInvariants(running, fixture.variantIds, STOCK));
      recordInvariants(report);
    });
  });

  it('SIGKILL of orders during a burst of payment notifications: every paid order is paid once, with one payment', async () => {
    await timed('killDuringPayments', async () => {
      const ORDERS = 16;
      const fixture = await freshVariants(running, 2, ORDERS);
      const orders: { id: string; amount: number }[] = [];
      await Promise.all(
        Array.from({ length: ORDERS }, async (_, i) => {
          const token = await tokenFor(running);
          const outcome = await attemptCheckout(running, token, fixture, fixture.variantIds[i % 2]!, {
            paymentMethod: 'MIDTRANS',
          });
          if (!outcome.ok) throw new Error(`checkout ${i} failed: ${outcome.reason}`);
          const { rows } = await running.db.query<{ total_amount: number }>(
            'select total_amount from orders.orders where id = $1',
            [outcome.orderId],
          );
          orders.push({ id: outcome.orderId, amount: rows[0]!.total_amount });
        }),
      );
      for (const order of orders) {
        await fetch(`${running.midtrans.url}/__control/status`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ order_id: order.id, transaction_status: 'settlement' }),
        });
      }
      const notifyUrl = `${subgraphBase(running, 'orders')}/payments/midtrans/notification`;
      const notify = async (order: { id: string; amount: number }) => {
        try {
          const response = await fetch(notifyUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(notificationBody(order.id, 'settlement', order.amount, running.midtrans.serverKey)),
          });
          return response.status;
        } catch {
          return 0;
        }
      };
      const burst = Promise.all(orders.map((order) => notify(order)));
      await eventually(
        'the first payments to land',
        async () => {
          const { rows } = await running.db.query<{ n: string }>(
            `select count(*) as n from orders.payments where status = 'PAID' and order_id = any($1::uuid[])`,
            [orders.map((o) => o.id)],
          );
          return Number(rows[0]!.n) >= 2 ? true : undefined;
        },
        20_000,
        10,
      );
      figures.faults++;
      await crash(running, 'orders');
      await burst;
      await running.system.start('orders');
      // Midtrans repeats a notification until it gets a 2xx; repeats of a settled one change nothing.
      for (let round = 0; round < 2; round++) {
        const statuses = await Promise.all(
          orders.map((order) =>
            eventually(
              `notification for ${order.id}`,
              async () => ((await notify(order)) === 200 ? 200 : undefined),
              15_000,
              200,
            ),
          ),
        );
        expect(statuses.every((status) => status === 200)).toBe(true);
      }
      const paid = await running.db.query<{ id: string; status: string; payment: string; payments: string }>(
        `select o.id, o.status, max(p.status) as payment, count(p.id) as payments from orders.orders o join orders.payments p on p.order_id = o.id
          where o.id = any($1::uuid[]) group by o.id, o.status`,
        [orders.map((o) => o.id)],
      );
      figures.invariantChecks += paid.rows.length;
      for (const row of paid.rows) {
        expect(row).toEqual({ id: row.id, status: 'PAID', payment: 'PAID', payments: '1' });
      }
      // Applied once per order at most (a notification applied just before the kill may have lost its log row; its repeat is a DUPLICATE).
      const applied = await running.db.query<{ order_id: string; n: string }>(
        `select order_id, count(*) filter (where outcome = 'APPLIED') as n
        from orders.payment_notifications where order_id = any($1) group by order_id`,
        [orders.map((o) => o.id)],
      );
      expect(applied.rows.length).toBe(ORDERS);
      for (const row of applied.rows) expect(Number(row.n)).toBeLessThanOrEqual(1);
      recordInvariants(await checkStockInvariants(running, fixture.variantIds, ORDERS));
    });
  });

  it('SIGKILL of services while citizens apply: no service request without its timeline', async () => {
    await timed('killDuringApplications', async () => {
      const answers = Object.entries({
        nik: '3510014507900001',
        kk: '3510010101900002',
        fullName: 'Siti Rahayu',
        address: 'RT 01 RW 02, Dusun Krajan',
        purpose: 'Beasiswa sekolah',
      }).map(([key, value]) => ({ key, value }));
      const apply = async () => {
        try {
          const result = await gqlAt(
            running.gatewayUrl,
            graphql(
              'mutation($slug: String!, $answers: [AnswerInput!]!) { submitServiceRequest(serviceSlug: $slug, answers: $answers) { id } }',
            ),
            { slug: SKTM, answers },
            await tokenFor(running),
          );
          return result.data?.submitServiceRequest.id ?? null;
        } catch {
          return null;
        }
      };
      const before = Number(
        (await running.db.query<{ n: string }>('select count(*) as n from services.service_requests')).rows[0]!.n,
      );
      const burst = Promise.all(Array.from({ length: 40 }, () => apply()));
      await eventually(
        'the first applications',
        async () => {
          const { rows } = await running.db.query<{ n: string }>('select count(*) as n from services.service_requests');
          return Number(rows[0]!.n) >= before + 3 ? true : undefined;
        },
        20_000,
        10,
      );
      figures.faults++;
      await crash(running, 'services');
      const ids = await burst;
      await running.system.start('services');
      expect(ids.some((id) => id === null)).toBe(true);
      const withoutTimeline = await running.db.query(`select r.id from services.service_requests r
        where not exists (select 1 from services.service_request_events e where e.request_id = r.id)`);
      const wrongLast = await running.db.query(`select r.id from services.service_requests r
        where r.status <> (select e.to_status from services.service_request_events e where e.request_id = r.id order by e.created_at desc, e.id desc limit 1)`);
      const lost = ids.filter((id): id is string => id !== null);
      const found = await running.db.query('select id from services.service_requests where id = any($1::uuid[])', [
        lost,
      ]);
      figures.invariantChecks += 3;
      expect(withoutTimeline.rowCount).toBe(0);
      expect(wrongLast.rowCount).toBe(0);
      expect(found.rowCount).toBe(lost.length);
      figures.violations +=
        (withoutTimeline.rowCount ?? 0) + (wrongLast.rowCount ?? 0) + (lost.length - (found.rowCount ?? 0));
      // And it serves again.
      expect(await apply()).not.toBeNull();
    });
  });
});

describe('graceful shutdown', () => {
  /** Holds the variant's row lock from outside, so checkouts wait inside products' reservation until released. */
  async function withHeldVariant<T>(variantId: string, work: (release: () => Promise<void>) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: running.databaseUrl });
    await client.connect();
    await client.query('begin');
    await client.query('select id from products.product_variants where id = $1 for update', [variantId]);
    let released = false;
    const release = async () => {
      if (released) return;
      released = true;
      await client.query('commit');
    };
    try {
      return await work(release);
    } finally {
      await release();
      await client.end();
    }
  }

  const refusesConnections = (port: number) =>
    new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
    });

  for (const target of ['products', 'gateway'] as const) {
    it(`SIGTERM to ${target} with requests in flight: they all complete, new connections are refused, it exits 0`, async () => {
      await timed(`sigterm-${target}`, async () => {
        const IN_FLIGHT = 8;
        const fixture = await freshVariants(running, 1, IN_FLIGHT);
        const variantId = fixture.variantIds[0]!;
        const tokens = await Promise.all(Array.from({ length: IN_FLIGHT }, () => tokenFor(running)));
        for (const token of tokens) {
          const added = await gqlAt(
            running.gatewayUrl,
            graphql('mutation($v: ID!) { addToCart(variantId: $v, quantity: 1) { id } }'),
            { v: variantId },
            token,
          );
          expect(added.errors).toBeUndefined();
        }
        const managed = running.system.processes.get(target)!;
        const exit = new Promise<{ code: number | null; signal: string | null; at: number }>((resolve) => {
          managed.child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() }));
        });
        let outcomes: CheckoutOutcome[];
        try {
          outcomes = await withHeldVariant(variantId, async (release) => {
            // Waiting in products' reservation, whichever process is stopped: the request is in flight in both.
            const inFlight = tokens.map((token) =>
              attemptCheckout(running, token, fixture, variantId, { skipAdd: true }),
            );
            await eventually(
              'the checkouts to wait on the held row',
              async () => {
                const { rows } = await running.db.query<{ n: string }>(
                  `select count(*) as n from pg_stat_activity where wait_event_type = 'Lock' and application_name = 'products'`,
                );
                return Number(rows[0]!.n) >= IN_FLIGHT ? true : undefined;
              },
              15_000,
              20,
            );
            figures.faults++;
            const signalled = Date.now();
            managed.child.kill('SIGTERM');
            await eventually(
              `${target} to stop accepting connections`,
              async () => ((await refusesConnections(running.ports[target])) ? true : undefined),
              5_000,
              20,
            );
            await release();
            const settled = await Promise.all(inFlight);
            const exited = await exit;
            expect(exited.code).toBe(0);
            expect(exited.at - signalled).toBeLessThan(10_000);
            return settled;
          });
        } finally {
          await running.system.start(target);
        }
        expect(outcomes).toEqual(outcomes.map((o) => ({ ...o, ok: true })));
        expect(new Set(outcomes.map((o) => (o.ok ? o.orderId : ''))).size).toBe(IN_FLIGHT);
        recordInvariants(await checkStockInvariants(running, fixture.variantIds, IN_FLIGHT));
        const after = await gqlAt(running.gatewayUrl, PRODUCTS_AND_SERVICES);
        expect(after.errors).toBeUndefined();
      });
    });
  }
});
