import type { SubgraphServices } from '@kampung/shared';
import type { ProductsEnv } from '../env.js';
import { loadDocuments } from './documents.js';
import { pgArray } from './outbox.js';
import type { SearchIndex } from './search-index.js';

const BATCH = 200;

/**
 * Applies committed changes to the external index. Rows are claimed with SKIP LOCKED (safe
 * with replicas), deleted only once the index has taken them; on failure they are retried
 * with a growing delay, so an index that is down loses nothing.
 */
export async function drainOutbox(services: SubgraphServices<ProductsEnv>, index: SearchIndex): Promise<number> {
  const em = services.orm.em.fork();
  return em.transactional(async (tx) => {
    const rows = await tx.execute<{ id: string; product_id: string }[]>(
      `select id, product_id from products.search_outbox where next_attempt_at <= now() order by id limit ${BATCH} for update skip locked`,
    );
    if (!rows.length) return 0;
    const ids = [...new Set(rows.map((r) => r.product_id))];
    const rowIds = rows.map((r) => r.id);
    try {
      const { documents, hidden } = await loadDocuments(tx, ids);
      await index.upsert(documents);
      await index.remove(hidden);
      await tx.execute('delete from products.search_outbox where id = any(?::bigint[])', [pgArray(rowIds)]);
    } catch (error) {
      services.logger.warn({ err: error, count: rows.length }, 'search index unavailable; will retry');
      await tx.execute(
        `update products.search_outbox set attempts = attempts + 1,
        next_attempt_at = now() + least(300, power(2, attempts)) * interval '1 second' where id = any(?::bigint[])`,
        [pgArray(rowIds)],
      );
    }
    return rows.length;
  });
}

/** Started from the subgraph's onStart when Meilisearch is configured. */
export function startOutboxJob(
  services: SubgraphServices<ProductsEnv>,
  index: SearchIndex,
  intervalMs = 1000,
): () => Promise<void> {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    if (stopped) return;
    running = (async () => {
      try {
        while (!stopped && (await drainOutbox(services, index)) === BATCH);
      } catch (error) {
        services.logger.warn({ err: error }, 'search outbox drain failed');
      }
    })();
    await running;
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };
  let timer = setTimeout(tick, 0);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
