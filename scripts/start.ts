/**
 * `npm start`: the whole system on embedded defaults. Starts PostgreSQL from npm under
 * ./.data (unless DATABASE_URL is set), migrates and seeds when empty, builds the storefront
 * when its build is missing or stale, starts every service and prints the URLs. A service
 * that dies, or stops answering its health check, is restarted with backoff, and given up on
 * after too many crashes (supervisor.ts, decision 024); Ctrl-C or SIGTERM stops everything
 * without restarts.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_PORTS,
  startEmbeddedPostgres,
  startMailCatcher,
  startSystem,
  type EmbeddedDatabase,
  type MailCatcher,
  type Ports,
  type ServiceName,
} from '@kampung/devtools';
import { DEFAULT_RESTART_POLICY, supervise, watchHealth } from './supervisor.js';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, '.data'));
mkdirSync(dataDir, { recursive: true });

const log = (line: string) => console.log(`\x1b[36m[start]\x1b[0m ${line}`);
const COLORS = ['31', '32', '33', '34', '35', '36', '91', '92'];
const printLine = (service: string, line: string) => {
  const color = COLORS[[...service].reduce((sum, c) => sum + c.charCodeAt(0), 0) % COLORS.length];
  console.log(`\x1b[${color}m[${service.padEnd(10)}]\x1b[0m ${line}`);
};

/** A secret from the environment, or one generated once and kept under .data. */
function secret(name: 'JWT_SECRET' | 'SESSION_SECRET'): string {
  if (process.env[name]) return process.env[name];
  const file = path.join(dataDir, name.toLowerCase().replace('_', '-'));
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

function ports(): Ports {
  const result = { ...DEFAULT_PORTS };
  for (const name of Object.keys(result) as ServiceName[]) {
    const value = process.env[`${name.toUpperCase()}_PORT`];
    if (value) result[name] = Number(value);
  }
  return result;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildStorefrontIfStale() {
  // build/server.js (the HTTP server) is written last by the build.
  const built = path.join(root, 'storefront/build/server.js');
  const sources = Math.max(
    newestMtime(path.join(root, 'storefront/app')),
    newestMtime(path.join(root, 'storefront/server')),
  );
  if (existsSync(built) && statSync(built).mtimeMs > sources) return;
  log('building the storefront (once, ~20 s)…');
  execFileSync('npm', ['run', 'build', '-w', 'storefront'], { cwd: root, stdio: 'inherit' });
}

const started = Date.now();
let database: EmbeddedDatabase | undefined;
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  log(`starting embedded PostgreSQL on 127.0.0.1:${port} (data in ${path.relative(root, dataDir)}/postgres)`);
  database = await startEmbeddedPostgres({ dir: path.join(dataDir, 'postgres'), port });
  databaseUrl = database.url;
}

const jwtSecret = secret('JWT_SECRET');
const env = { ...process.env, DATABASE_URL: databaseUrl, JWT_SECRET: jwtSecret, APOLLO_TELEMETRY_DISABLED: 'true' };
log('migrating, and seeding if the database is empty…');
execFileSync(process.execPath, ['--import', 'tsx', 'seed/src/main.ts', '--if-empty'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
buildStorefrontIfStale();

// Email: with no SMTP server configured, a local mail catcher takes every message and shows them on a page.
let mailCatcher: MailCatcher | null = null;
if (!process.env.SMTP_URL) {
  const smtpPort = Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 1025);
  const webPort = Number(process.env.MAIL_CATCHER_PORT ?? 1080);
  mailCatcher = await startMailCatcher({ web: true, smtpPort, webPort }).catch(() => startMailCatcher({ web: true }));
}

const servicePorts = ports();
const system = await startSystem({
  env: mailCatcher ? { SMTP_URL: mailCatcher.smtpUrl } : {},
  root,
  databaseUrl,
  jwtSecret,
  sessionSecret: secret('SESSION_SECRET'),
  ports: servicePorts,
  onLine: printLine,
});
log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
log(`storefront  ${system.storefrontUrl}`);
log(`gateway     ${system.gatewayUrl}`);
if (mailCatcher)
  log(
    `mail        ${mailCatcher.webUrl} (local mail catcher: every email the system sends; set SMTP_URL to send for real)`,
  );
log(
  'demo accounts (password kampung123): pembeli@kampung.test, penjual@kampung.test, staf@kampung.test, admin@kampung.test',
);
log('Ctrl-C stops everything.');

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const supervisor = supervise(
  [...system.processes.entries()].map(([name, managed]) => ({
    name,
    current: managed.child,
    restart: async () => {
      await system.start(name);
      return system.processes.get(name)!.child;
    },
  })),
  {
    onExit: (name, { code, signal, uptimeMs }) =>
      log(
        `\x1b[31m${name} exited unexpectedly\x1b[0m (${signal ? `signal ${signal}` : `code ${code}`}) after ${seconds(uptimeMs)}`,
      ),
    onRestartScheduled: (name, delayMs, attempt) =>
      log(`restarting ${name} in ${seconds(delayMs)} (crash ${attempt} in a row)`),
    onRestarted: (name) => log(`${name} is back`),
    onRestartFailed: (name, error) =>
      log(`${name} did not come back: ${error instanceof Error ? error.message : String(error)}`),
    onGiveUp: (name, crashes, windowMs) =>
      log(
        `\x1b[41m GIVING UP \x1b[0m ${name} crashed ${crashes} times within ${Math.round(windowMs / 60_000)} min and is no longer restarted; ` +
          'the rest keeps running without it. Read its lines above, fix the cause, then restart npm start.',
      ),
  },
  DEFAULT_RESTART_POLICY,
);
// Alive but deaf (a blocked event loop) is not an exit: three missed health checks 10 s apart and
// the process is killed, which the supervisor then treats as any other crash.
const unwatchHealth = [...system.processes.keys()].map((name) =>
  watchHealth({
    name,
    url: `http://127.0.0.1:${servicePorts[name]}/health`,
    paused: () => supervisor.restarting.has(name) || supervisor.givenUp.has(name),
    onHung: (failures) => {
      log(`\x1b[31m${name} stopped answering\x1b[0m (${failures} health checks missed): killing it`);
      void system.processes.get(name)?.kill();
    },
  }),
);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  // The exits that follow are asked for: nothing is restarted from here on.
  supervisor.stop();
  for (const unwatch of unwatchHealth) unwatch();
  log('stopping…');
  await system.stop();
  await mailCatcher?.close();
  await database?.stop();
  log('stopped');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
