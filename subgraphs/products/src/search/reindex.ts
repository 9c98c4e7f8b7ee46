/**
 * `npm run search:reindex`: rebuilds the external search index (Meilisearch) from the table,
 * repairing any drift. With PostgreSQL search there is nothing to do: the table is the index.
 */
import { createOrm, parseEnv } from '@kampung/shared';
import { productsEnvSchema } from '../env.js';
import { subgraph } from '../index.js';
import { loadDocuments } from './documents.js';
import { searchIndexFor } from './search-factory.js';

const env = parseEnv(productsEnvSchema);
const orm = await createOrm({
  schema: 'products',
  databaseUrl: env.DATABASE_URL,
  entities: subgraph.entities,
  migrations: subgraph.migrations,
  appName: 'products-reindex',
  poolMax: 2,
});
try {
  const em = orm.em.fork();
  const index = searchIndexFor(env, em);
  if (index.name === 'postgres') {
    console.log('[reindex] PostgreSQL search: the products table is the index, nothing to rebuild');
  } else {
    await index.configure();
    // Changes after this point stay in the outbox for the job; earlier ones are covered here.
    const max = (await em.execute<{ max: string | null }[]>('select max(id) as max from products.search_outbox'))[0]
      ?.max;
    const { documents, hidden } = await loadDocuments(em, 'all');
    for (let i = 0; i < documents.length; i += 1000) await index.upsert(documents.slice(i, i + 1000));
    await index.remove(hidden);
    if (max) await em.execute('delete from products.search_outbox where id <= ?', [max]);
    console.log(`[reindex] ${documents.length} documents written, ${hidden.length} removed`);
  }
} finally {
  await orm.close();
}
