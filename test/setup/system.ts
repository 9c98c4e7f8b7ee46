import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_PORTS, freePort, startEmbeddedPostgres, startSystem, type Ports, type ServiceName } from '@kampung/devtools';
import type { TestProject } from 'vitest/node';
import { startFakeMidtrans } from '../support/fake-midtrans.js';

const root = path.resolve(import.meta.dirname, '..', '..');
export const TEST_SYSTEM_SECRET = 'integration-test-secret-0123456789abcdef';

/**
 * The whole system for the integration tests, for real: embedded PostgreSQL in a temporary
 * folder, migrations and seed data, every subgraph, the gateway and the built storefront,
 * each its own process on a free port.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kampung-it-'));
  chmodSync(dir, 0o755);
  const pgLog = path.join(dir, 'postgres.log');
  const servicesLog = path.join(dir, 'services.log');
  const db = await startEmbeddedPostgres({
    dir: path.join(dir, 'pg'),
    port: await freePort(),
    settings: { log_line_prefix: '[%a] ' },
    onLog: (line) => appendFileSync(pgLog, `${line}\n`),
  });

  const ports = {} as Ports;
  for (const name of Object.keys(DEFAULT_PORTS) as ServiceName[]) ports[name] = await freePort();
  const env = { ...process.env, DATABASE_URL: db.url, JWT_SECRET: TEST_SYSTEM_SECRET, LOG_LEVEL: 'warn', APOLLO_TELEMETRY_DISABLED: 'true' };
  // A local fake of Midtrans (Snap + status API) for checkout tests; it notifies orders directly.
  const midtrans = await startFakeMidtrans({ notificationUrl: `http://127.0.0.1:${ports.orders}/payments/midtrans/notification` });
  const midtransEnv = {
    MIDTRANS_SERVER_KEY: midtrans.serverKey, MIDTRANS_CLIENT_KEY: midtrans.clientKey, MIDTRANS_API_BASE_URL: midtrans.url,
    STOREFRONT_URL: `http://127.0.0.1:${ports.storefront}`, JOB_INTERVAL_MS: '500',
  };
  execFileSync(process.execPath, ['--import', 'tsx', 'seed/src/main.ts'], { cwd: root, env, stdio: 'inherit' });

  let system: Awaited<ReturnType<typeof startSystem>>;
  try {
    system = await startSystem({
      root,
      databaseUrl: db.url,
      jwtSecret: TEST_SYSTEM_SECRET,
      sessionSecret: 'integration-test-session-secret',
      ports,
      env: { LOG_LEVEL: 'warn', UPLOADS_DIR: path.join(dir, 'uploads'), ...midtransEnv },
      onLine: (service, line) => appendFileSync(servicesLog, `[${service}] ${line}\n`),
    });
  } catch (error) {
    console.error(readFileSync(servicesLog, 'utf8').split('\n').slice(-40).join('\n'));
    await db.stop();
    await midtrans.stop();
    throw error;
  }

  project.provide('system', {
    gatewayUrl: system.gatewayUrl,
    storefrontUrl: system.storefrontUrl,
    subgraphUrls: system.subgraphUrls,
    databaseUrl: db.url,
    pgLogFile: pgLog,
    servicesLogFile: servicesLog,
    jwtSecret: TEST_SYSTEM_SECRET,
  });
  project.provide('midtrans', { url: midtrans.url, serverKey: midtrans.serverKey });

  return async () => {
    await system.stop();
    await db.stop();
    await midtrans.stop();
    if (!process.env.KEEP_TEST_DIR) rmSync(dir, { recursive: true, force: true });
  };
}

export interface ProvidedSystem {
  gatewayUrl: string;
  storefrontUrl: string;
  subgraphUrls: Record<string, string>;
  databaseUrl: string;
  pgLogFile: string;
  servicesLogFile: string;
  jwtSecret: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    system: ProvidedSystem;
    midtrans: { url: string; serverKey: string };
  }
}
