import { createJobPool, inJobTransaction, type SubgraphServices } from '@kampung/shared';
import type pg from 'pg';
import type { EntityManager } from '@mikro-orm/core';
import { ProductsClient } from '../clients/products.client.js';
import type { SellersEnv } from '../env.js';
import type { Seller } from '../sellers/seller.entity.js';
import { StatusOutbox } from './status-outbox.entity.js';

const BATCH = 50;

/** Queues the shop's current status for products; written by the caller's next flush, in its transaction. */
export function recordSellerStatus(em: EntityManager, seller: Seller): void {
  em.create(StatusOutbox, {
    sellerId: seller.id,
    ownerUserId: seller.ownerUserId,
    status: seller.verificationStatus,
    village: seller.village,
    villageCode: seller.villageCode,
  });
}

const wakers = new Set<() => Promise<void>>();
/** How long a request waits for the delivery it woke: products is told before the caller hears back, unless it is slow. */
const WAIT_FOR_DELIVERY_MS = 2_000;

/**
 * Called after a commit that recorded a change: the running jobs in this process deliver it now
 * (not at their next poll), and the caller waits for that (at most 2 s; the outbox still
 * guarantees the delivery if it takes longer or fails), so a client that reads products right
 * after a staff action already sees the new status.
 */
export async function wakeStatusOutbox(): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, WAIT_FOR_DELIVERY_MS)));
  try {
    await Promise.race([Promise.all([...wakers].map((wake) => wake())), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

interface Row {
  id: string;
  seller_id: string;
  owner_user_id: string;
  status: StatusOutbox['status'];
  village: string;
  village_code: string;
}

/**
 * Delivers due rows, oldest first, to products' internalSetSellerStatus and deletes each one
 * products has taken. Rows are claimed with SKIP LOCKED (safe with replicas). When a delivery
 * fails, it and the rest of the batch wait 0.25 s, 0.5 s, 1 s, … (at most 30 s) and are retried:
 * products applies a change only if it is newer than what it has, so retries and any order are safe.
 */
export async function deliverStatusOutbox(
  services: SubgraphServices<SellersEnv>,
  products = new ProductsClient(services.env),
): Promise<number> {
  return inJobTransaction(jobPool(services), async (tx) => {
    const { rows } = await tx.query<Row>(
      `select id, seller_id, owner_user_id, status, village, village_code from sellers.status_outbox
        where next_attempt_at <= now() order by id limit ${BATCH} for update skip locked`,
    );
    const delivered: string[] = [];
    for (const row of rows) {
      try {
        await products.setSellerStatus({
          sellerId: row.seller_id,
          ownerUserId: row.owner_user_id,
          status: row.status,
          village: row.village,
          villageCode: row.village_code,
          version: Number(row.id),
        });
        delivered.push(row.id);
      } catch (error) {
        const waiting = rows.slice(delivered.length).map((r) => r.id);
        services.logger.warn(
          { err: error, count: waiting.length },
          'products did not take a seller status; will retry',
        );
        await tx.query(
          `update sellers.status_outbox set attempts = attempts + 1,
             next_attempt_at = now() + least(30, 0.25 * power(2, attempts)) * interval '1 second'
           where id = any($1::bigint[])`,
          [waiting],
        );
        break;
      }
    }
    if (delivered.length) await tx.query('delete from sellers.status_outbox where id = any($1::bigint[])', [delivered]);
    return delivered.length;
  });
}

/** One job pool per running subgraph: the delivery's statements show as `sellers-jobs` in PostgreSQL. */
const jobPools = new WeakMap<SubgraphServices<SellersEnv>, pg.Pool>();
function jobPool(services: SubgraphServices<SellersEnv>): pg.Pool {
  let pool = jobPools.get(services);
  if (!pool) jobPools.set(services, (pool = createJobPool(services.env.DATABASE_URL, 'sellers', services.logger)));
  return pool;
}

/** Started from the subgraph's onStart; the returned function stops it (waiting for a delivery in progress). */
export function startStatusOutboxJob(
  services: SubgraphServices<SellersEnv>,
  pollMs = services.env.STATUS_OUTBOX_POLL_MS,
): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  // Runs one after the other; `queued` is the next run while it has not started, shared by every
  // wake that comes before it starts (each of those commits is then visible to it).
  let chain: Promise<void> = Promise.resolve();
  let queued: Promise<void> | null = null;
  const run = async () => {
    queued = null;
    clearTimeout(timer);
    try {
      while (!stopped && (await deliverStatusOutbox(services)) === BATCH);
    } catch (error) {
      services.logger.warn({ err: error }, 'status outbox delivery failed');
    }
    if (!stopped) timer = setTimeout(() => void wake(), pollMs);
  };
  const wake = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (!queued) chain = queued = chain.then(run);
    return queued;
  };
  wakers.add(wake);
  void wake();
  return async () => {
    stopped = true;
    wakers.delete(wake);
    clearTimeout(timer);
    await chain;
    await jobPools.get(services)?.end();
    jobPools.delete(services);
  };
}
