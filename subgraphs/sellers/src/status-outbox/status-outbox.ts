import { startOutboxRelay, type OutboxDelivery, type SubgraphServices } from '@kampung/shared';
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
 * Called after a commit that recorded a change: the running relays in this process deliver it now
 * (the table's NOTIFY would wake them too), and the caller waits for that (at most 2 s; the outbox still
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

/** Delay of a row after a failed delivery: 0.25 s, 0.5 s, 1 s, … at most 30 s. */
const BACKOFF_SQL = `least(30, 0.25 * power(2, attempts)) * interval '1 second'`;

/**
 * Delivers in order to products' internalSetSellerStatus; when one fails, it and the rest of the
 * batch wait and are retried. Products applies a change only if it is newer than what it has,
 * so retries and any order are safe.
 */
function deliverTo(products: ProductsClient, services: SubgraphServices<SellersEnv>) {
  return async (rows: Row[]): Promise<OutboxDelivery<string>> => {
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
        const failed = rows.slice(delivered.length).map((r) => r.id);
        services.logger.warn({ err: error, count: failed.length }, 'products did not take a seller status; will retry');
        return { delivered, failed };
      }
    }
    return { delivered, failed: [] };
  };
}

const relayOptions = (services: SubgraphServices<SellersEnv>, products: ProductsClient) => ({
  schema: 'sellers',
  table: 'status_outbox',
  columns: 'id, seller_id, owner_user_id, status, village, village_code',
  orderBy: 'id',
  idType: 'bigint' as const,
  batch: BATCH,
  backoffSql: BACKOFF_SQL,
  deliver: deliverTo(products, services),
});

/**
 * Started from the subgraph's onStart: the shared outbox relay (woken by the table's NOTIFY on
 * commit; STATUS_OUTBOX_POLL_MS is its safety-net poll). The returned function stops it, waiting
 * for a delivery in progress.
 */
export function startStatusOutboxJob(
  services: SubgraphServices<SellersEnv>,
  pollMs = services.env.STATUS_OUTBOX_POLL_MS,
): () => Promise<void> {
  const relay = startOutboxRelay<Row, string>({
    name: 'sellers',
    databaseUrl: services.env.DATABASE_URL,
    logger: services.logger,
    pollMs,
    ...relayOptions(services, new ProductsClient(services.env)),
  });
  wakers.add(relay.wake);
  return async () => {
    wakers.delete(relay.wake);
    await relay.stop();
  };
}
