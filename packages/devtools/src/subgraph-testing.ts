import { startSubgraph, type BaseEnv, type RunningSubgraph, type SubgraphDefinition } from '@kampung/shared';
import { createTestDatabase } from './test-database.js';

export const TEST_JWT_SECRET = 'test-secret-for-vitest-only-0123456789abcdef';

export interface SubgraphUnderTest<E extends BaseEnv> extends RunningSubgraph<E> {
  /** POSTs a GraphQL operation straight to this subgraph, optionally with a bearer token. */
  request: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ) => Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  /** How many SQL statements this subgraph sends while `run` runs. */
  countQueries: (run: () => Promise<unknown>) => Promise<number>;
  /** Stops the subgraph and drops its database. */
  close: () => Promise<void>;
}

/**
 * Starts one subgraph on its own fresh database (on the server from the vitest global
 * setup) on a free port: for tests beside a subgraph's code.
 */
export async function startSubgraphForTest<E extends BaseEnv>(
  definition: SubgraphDefinition<E>,
  adminUrl: string,
  env: NodeJS.ProcessEnv = {},
): Promise<SubgraphUnderTest<E>> {
  const database = await createTestDatabase(adminUrl, definition.name);
  const running = await startSubgraph(definition, {
    port: 0,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      JWT_SECRET: TEST_JWT_SECRET,
      ...env,
      DATABASE_URL: database.url,
    },
  });
  return {
    ...running,
    request: async (query, variables = {}, token) => {
      const response = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return response.json() as never;
    },
    countQueries: async (run) => {
      const knex = running.orm.em.getConnection().getKnex();
      let count = 0;
      const onQuery = () => void count++;
      knex.on('query', onQuery);
      try {
        await run();
      } finally {
        knex.removeListener('query', onQuery);
      }
      return count;
    },
    close: async () => {
      await running.stop();
      await database.drop();
    },
  };
}
