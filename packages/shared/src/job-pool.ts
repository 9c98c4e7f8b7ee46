import pg from 'pg';
import type { Logger } from 'pino';

/**
 * A small connection pool of its own for a subgraph's background job. Its statements carry
 * `application_name` `<subgraph>-jobs` in PostgreSQL's activity view and log, apart from the
 * statements that serve requests (which the query-count tests and profiles read).
 */
export function createJobPool(databaseUrl: string, subgraphName: string, logger: Logger, max = 2): pg.Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    application_name: `${subgraphName}-jobs`,
    max,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 3_000,
  });
  // An idle connection that PostgreSQL closes (a restart) is reported here; without a listener
  // the 'error' event would end the process. The pool makes a new connection on the next job run.
  pool.on('error', (error) => logger.warn({ err: error }, 'a job connection to PostgreSQL was closed'));
  return pool;
}

/** Runs `work` in one transaction on a connection of `pool`: committed if it resolves, rolled back if it throws. */
export async function inJobTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
