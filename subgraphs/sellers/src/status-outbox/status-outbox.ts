import type { SubgraphServices } from '@kampung/shared';
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
  });
}

const wakers = new Set<() => void>();
/** Called after a commit that recorded a change: running jobs in this process deliver it now, not at their next poll. */
export function wakeStatusOutbox(): void {
  for (const wake of wakers) wake();
}

interface Row {
  id: string;
  seller_id: string;
  owner_user_id: string;
  status: StatusOutbox['status'];
  village: string;
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
  return services.orm.em.fork().transactional(async (tx) => {
    const rows = await tx.execute<Row[]>(
      `select id, seller_id, owner_user_id, status, village from sellers.status_outbox
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
          version: Number(row.id),
        });
        delivered.push(row.id);
      } catch (error) {
        const waiting = rows.slice(delivered.length).map((r) => r.id);
        services.logger.warn(
          { err: error, count: waiting.length },
          'products did not take a seller status; will retry',
        );
        await tx.execute(
          `update sellers.status_outbox set attempts = attempts + 1,
             next_attempt_at = now() + least(30, 0.25 * power(2, attempts)) * interval '1 second'
           where id = any(?::bigint[])`,
          [`{${waiting.join(',')}}`],
        );
        break;
      }
    }
    if (delivered.length)
      await tx.execute('delete from sellers.status_outbox where id = any(?::bigint[])', [`{${delivered.join(',')}}`]);
    return delivered.length;
  });
}

/** Started from the subgraph's onStart; the returned function stops it (waiting for a delivery in progress). */
export function startStatusOutboxJob(
  services: SubgraphServices<SellersEnv>,
  pollMs = services.env.STATUS_OUTBOX_POLL_MS,
): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  const tick = (): void => {
    if (stopped) return;
    if (running) {
      again = true; // woken while delivering: look once more right after
      return;
    }
    clearTimeout(timer);
    running = (async () => {
      try {
        while (!stopped && (await deliverStatusOutbox(services)) === BATCH);
      } catch (error) {
        services.logger.warn({ err: error }, 'status outbox delivery failed');
      }
    })().finally(() => {
      running = null;
      if (stopped) return;
      if (again) {
        again = false;
        tick();
      } else timer = setTimeout(tick, pollMs);
    });
  };
  wakers.add(tick);
  timer = setTimeout(tick, 0);
  return async () => {
    stopped = true;
    wakers.delete(tick);
    clearTimeout(timer);
    await running;
  };
}
