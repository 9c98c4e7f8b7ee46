import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProductsEnv } from '../env.js';

/** A PostgreSQL array literal for ids (uuids, numbers): knex would expand a JS array into a list. */
export const pgArray = (values: readonly (string | number)[]) => `{${values.join(',')}}`;

/**
 * Records, in the caller's transaction, that these products changed. Committed together with
 * the change, drained after the commit by the outbox job: an external index never misses one.
 * With PostgreSQL search the table is the index, so nothing is recorded.
 */
export async function enqueueSearchUpdate(em: EntityManager, env: ProductsEnv, productIds: string[]): Promise<void> {
  if (!env.MEILI_HOST || productIds.length === 0) return;
  await em.execute(`insert into products.search_outbox (product_id) select unnest(?::uuid[])`, [pgArray(productIds)]);
}

/** Same, for every product of a shop (its status changed). */
export async function enqueueSellerProducts(em: EntityManager, env: ProductsEnv, sellerId: string): Promise<void> {
  if (!env.MEILI_HOST) return;
  await em.execute(
    'insert into products.search_outbox (product_id) select id from products.products where seller_id = ?',
    [sellerId],
  );
}
