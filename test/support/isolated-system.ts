import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  DEFAULT_PORTS,
  freePort,
  startEmbeddedPostgres,
  startSystem,
  type EmbeddedDatabase,
  type Ports,
  type RunningSystem,
  type ServiceName,
} from '@kampung/devtools';
import { generateSigningKeyPem } from '@kampung/shared';
import { startFakeMidtrans, type FakeMidtrans } from './fake-midtrans.js';
import {
  fakeWhatsAppEnv,
  startFakeWhatsApp,
  startMailCatcher,
  type FakeWhatsApp,
  type MailCatcher,
} from '@kampung/devtools';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface IsolatedSystemOptions {
  /** Folder name prefix under the OS temp dir. */
  name?: string;
  jwtSecret?: string;
  /** The Ed25519 key accounts signs access tokens with (PKCS#8 PEM); a new one by default. */
  jwtPrivateKey?: string;
  /** Extra environment for every service. */
  env?: NodeJS.ProcessEnv;
  /** Start the built storefront too (default true). */
  storefront?: boolean;
  /** Extra PostgreSQL `-c` settings. */
  postgresSettings?: Record<string, string>;
  /** LOG_LEVEL of every service (default warn). */
  logLevel?: string;
}

export interface IsolatedSystem {
  dir: string;
  db: EmbeddedDatabase;
  system: RunningSystem;
  midtrans: FakeMidtrans;
  /** A real SMTP server taking every email (SMTP_URL of notifications); `/messages` on its web page lists them. */
  mail: MailCatcher;
  /** The WhatsApp Cloud API fake (notifications' WHATSAPP_* variables); `/_fake/messages` on its control URL lists them. */
  whatsapp: FakeWhatsApp;
  ports: Ports;
  jwtSecret: string;
  /** What accounts signs access tokens with: tokenFor signs with it too, so gateway and subgraphs check them by the JWKS. */
  jwtPrivateKey: string;
  gatewayUrl: string;
  storefrontUrl: string;
  subgraphUrls: RunningSystem['subgraphUrls'];
  databaseUrl: string;
  pgLogFile: string;
  servicesLogFile: string;
  /** Everything, front to back, then PostgreSQL and the fake Midtrans; `beforeRemove` (e.g. a log scan) runs before the folder goes. */
  stop: (options?: { beforeRemove?: () => void | Promise<void> }) => Promise<void>;
}

/**
 * A whole system of its own, for real: embedded PostgreSQL in a temporary folder, migrations
 * and seed data, a fake Midtrans, every subgraph, the gateway and (by default) the built
 * storefront, each its own process on a free port. The global integration setup uses one;
 * a test that breaks things on purpose (faults, fuzzing) starts its own.
 */
export async function startIsolatedSystem(options: IsolatedSystemOptions = {}): Promise<IsolatedSystem> {
  const dir = mkdtempSync(path.join(tmpdir(), `${options.name ?? 'kampung-it'}-`));
  chmodSync(dir, 0o755);
  const jwtSecret = options.jwtSecret ?? `isolated-${path.basename(dir)}-secret-0123456789abcdef`;
  const jwtPrivateKey = options.jwtPrivateKey ?? generateSigningKeyPem();
  const logLevel = options.logLevel ?? 'warn';
  const pgLogFile = path.join(dir, 'postgres.log');
  const servicesLogFile = path.join(dir, 'services.log');
  const db = await startEmbeddedPostgres({
    dir: path.join(dir, 'pg'),
    port: await freePort(),
    settings: { log_line_prefix: '[%a] ', ...options.postgresSettings },
    onLog: (line) => appendFileSync(pgLogFile, `${line}\n`),
  });

  const ports = {} as Ports;
  for (const name of Object.keys(DEFAULT_PORTS) as ServiceName[]) ports[name] = await freePort();
  // A local fake of Midtrans (Snap + status API); it notifies orders directly.
  const midtrans = await startFakeMidtrans({
    notificationUrl: `http://127.0.0.1:${ports.orders}/payments/midtrans/notification`,
  });
  const mail = await startMailCatcher({ web: true });
  const whatsapp = await startFakeWhatsApp({
    webhookUrl: `http://127.0.0.1:${ports.notifications}/webhooks/whatsapp`,
  });
  const serviceEnv: NodeJS.ProcessEnv = {
    SMTP_URL: mail.smtpUrl,
    ...fakeWhatsAppEnv(whatsapp),
    NOTIFICATION_QUIET_HOURS: '',
    NOTIFICATION_POLL_SECONDS: '0.5',
    LOG_LEVEL: logLevel,
    JWT_PRIVATE_KEY: jwtPrivateKey,
    UPLOADS_DIR: path.join(dir, 'uploads'),
    MIDTRANS_SERVER_KEY: midtrans.serverKey,
    MIDTRANS_CLIENT_KEY: midtrans.clientKey,
    MIDTRANS_API_BASE_URL: midtrans.url,
    STOREFRONT_URL: `http://127.0.0.1:${ports.storefront}`,
    JOB_INTERVAL_MS: '500',
    ...options.env,
  };
  const seedEnv = {
    ...process.env,
    DATABASE_URL: db.url,
    JWT_SECRET: jwtSecret,
    LOG_LEVEL: logLevel,
    APOLLO_TELEMETRY_DISABLED: 'true',
  };

  let system: RunningSystem;
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'seed/src/main.ts'], {
      cwd: root,
      env: seedEnv,
      stdio: 'inherit',
    });
    system = await startSystem({
      root,
      databaseUrl: db.url,
      jwtSecret,
      sessionSecret: `session-${path.basename(dir)}`,
      ports,
      env: serviceEnv,
      storefront: options.storefront,
      onLine: (service, line) => appendFileSync(servicesLogFile, `[${service}] ${line}\n`),
    });
  } catch (error) {
    try {
      console.error(readFileSync(servicesLogFile, 'utf8').split('\n').slice(-40).join('\n'));
    } catch {
      // no service wrote anything yet
    }
    await db.stop();
    await midtrans.stop();
    await mail.close();
    await whatsapp.close();
    throw error;
  }

  return {
    dir,
    db,
    system,
    midtrans,
    mail,
    whatsapp,
    ports,
    jwtSecret,
    jwtPrivateKey,
    gatewayUrl: system.gatewayUrl,
    storefrontUrl: system.storefrontUrl,
    subgraphUrls: system.subgraphUrls,
    databaseUrl: db.url,
    pgLogFile,
    servicesLogFile,
    stop: async ({ beforeRemove } = {}) => {
      await system.stop();
      await db.stop();
      await midtrans.stop();
      await mail.close();
      await whatsapp.close();
      try {
        await beforeRemove?.();
      } finally {
        if (!process.env.KEEP_TEST_DIR) rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
