import { readFileSync, statSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';

/**
 * Counts the SQL statements each service sends while `work` runs, read from PostgreSQL's
 * own log (`log_statement = all`, switched on only for the measurement; every line
 * carries the service's application_name).
 */
export async function countStatements(work: () => Promise<void>): Promise<Map<string, string[]>> {
  const { databaseUrl, pgLogFile } = inject('system');
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query("alter system set log_statement = 'all'");
    await admin.query('select pg_reload_conf()');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const start = statSync(pgLogFile).size;
    await work();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const lines = readFileSync(pgLogFile).subarray(start).toString('utf8').split('\n');
    const byService = new Map<string, string[]>();
    for (const line of lines) {
      const match = /^\[([\w-]*)\] .*?LOG:\s+(?:statement|execute [^:]*): (.*)$/.exec(line);
      if (!match) continue;
      const [, service = '', statement = ''] = match;
      byService.set(service, [...(byService.get(service) ?? []), statement]);
    }
    return byService;
  } finally {
    await admin.query('alter system reset log_statement');
    await admin.query('select pg_reload_conf()');
    await admin.end();
  }
}
