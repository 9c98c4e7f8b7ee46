import pg from 'pg';
import pino from 'pino';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createJobPool, inJobTransaction } from './job-pool.js';

const warnings: string[] = [];
const logger = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) });
const pool = createJobPool(inject('databaseUrl'), 'shared-test', logger);
afterAll(() => pool.end());

describe('job pool', () => {
  it('names its connections <subgraph>-jobs and commits or rolls back a job as a whole', async () => {
    const name = await inJobTransaction(pool, async (tx) => {
      await tx.query('create temporary table job_rows (n int) on commit drop');
      await tx.query('insert into job_rows values (1)');
      return (await tx.query<{ name: string }>('select current_setting($1) as name', ['application_name'])).rows[0]!;
    });
    expect(name).toEqual({ name: 'shared-test-jobs' });
    await expect(
      inJobTransaction(pool, async (tx) => {
        await tx.query('create table job_rollback_probe (n int)');
        throw new Error('job failed');
      }),
    ).rejects.toThrow('job failed');
    const { rows } = await pool.query("select to_regclass('job_rollback_probe') as t");
    expect(rows[0].t).toBeNull();
  });

  it('outlives PostgreSQL closing its idle connection (as in a restart) and connects again', async () => {
    await pool.query('select 1');
    const admin = new pg.Client({ connectionString: inject('databaseUrl') });
    await admin.connect();
    try {
      const killed = await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'shared-test-jobs'",
      );
      expect(killed.rowCount).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    await expect.poll(() => warnings.join('\n')).toContain('a job connection to PostgreSQL was closed');
    expect((await pool.query('select 2 as n')).rows[0]).toEqual({ n: 2 });
  });
});
