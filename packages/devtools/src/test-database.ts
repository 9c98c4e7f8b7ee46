import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Creates a fresh, empty database on the test server whose admin URL is given (from the
 * vitest global setup), so that each test file starts from nothing.
 */
export async function createTestDatabase(
  adminUrl: string,
  prefix = 'test',
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}
