import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, startEmbeddedPostgres } from '@kampung/devtools';
import type { TestProject } from 'vitest/node';

/** One embedded PostgreSQL for the unit tests; each test file makes its own database on it. */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(tmpdir(), 'kampung-unit-pg-'));
  await chmod(dir, 0o755); // PostgreSQL runs as its own user and must reach its data folder
  const db = await startEmbeddedPostgres({ dir: path.join(dir, 'data'), port: await freePort() });
  project.provide('databaseUrl', db.url);
  return async () => {
    await db.stop();
    await rm(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
