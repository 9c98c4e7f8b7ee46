import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Viewer } from './auth.js';
import type { BaseEnv } from './env.js';

/** Per-request DataLoaders, created on first use, so that batching never leaks across requests. */
export class Loaders {
  private readonly byName = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>): DataLoader<K, V> {
    let loader = this.byName.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 }) as DataLoader<unknown, unknown>;
      this.byName.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** What every resolver receives. */
export interface RequestContext<E extends BaseEnv = BaseEnv> {
  /** This request's own unit of work (`em.fork()`), never the global one. */
  em: EntityManager;
  viewer: Viewer | null;
  loaders: Loaders;
  logger: Logger;
  requestId: string;
  /** The service's parsed configuration. */
  env: E;
  /** The end user's address (forwarded by the gateway), for sign-in throttling. */
  clientAddress?: string | null;
}

/**
 * Groups rows by key in the order DataLoader asked for them; missing keys get the fallback.
 */
export function orderByKeys<K, V>(
  keys: readonly K[],
  rows: readonly V[],
  keyOf: (row: V) => K,
  fallback: V | null = null,
): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((key) => map.get(key) ?? fallback);
}

/** Like `orderByKeys`, for one-to-many: every key gets the list of its rows (maybe empty). */
export function groupByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return keys.map((key) => map.get(key) ?? []);
}
