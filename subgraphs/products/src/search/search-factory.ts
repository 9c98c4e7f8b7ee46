import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProductsEnv } from '../env.js';
import { MeiliSearchIndex } from './meili-search.js';
import { PostgresSearchIndex } from './postgres-search.js';
import type { SearchIndex } from './search-index.js';

/** Meilisearch when MEILI_HOST is set, else PostgreSQL (the embedded default). */
export function searchIndexFor(env: ProductsEnv, em: EntityManager): SearchIndex {
  return env.MEILI_HOST
    ? new MeiliSearchIndex(env.MEILI_HOST, env.MEILI_API_KEY, env.MEILI_INDEX)
    : new PostgresSearchIndex(em);
}
