import pg from 'pg';
import type { Logger } from 'pino';
import { createJobPool, inJobTransaction } from './job-pool.js';

/**
 * One relay for every outbox table (decision 032): rows written in a producer's transaction are
 * claimed (`for update skip locked`, safe with replicas), handed to `deliver`, deleted once taken
 * and backed off when not. The relay sleeps while there is nothing to do: a trigger on the table
 * (`outboxWakeTriggerSql`) sends `NOTIFY` when an insert commits and the relay `LISTEN`s for it; a
 * slow poll is the safety net for a notification lost while the listening connection was down,
 * and a timer wakes it when the earliest backed-off row falls due.
 */

/** The NOTIFY channel of an outbox table: `<schema>.<table>`. */
export const outboxChannel = (schema: string, table: string): string => `${schema}.${table}`;

/**
 * DDL for a producer's migration: each insert statement into the table notifies its channel.
 * PostgreSQL delivers the notification when the transaction commits (never for a rollback) and
 * folds repeats within one transaction into one.
 */
export const outboxWakeTriggerSql = (schema: string, table: string): string[] => [
  `create or replace function "${schema}"."outbox_wake"() returns trigger language plpgsql as $$
    begin
      perform pg_notify(tg_table_schema || '.' || tg_table_name, '');
      return null;
    end $$`,
  `create trigger "${table}_wake" after insert on "${schema}"."${table}"
    for each statement execute function "${schema}"."outbox_wake"()`,
];

/** Undoes `outboxWakeTriggerSql` (the function stays while another table of the schema uses it). */
export const dropOutboxWakeTriggerSql = (schema: string, table: string): string[] => [
  `drop trigger if exists "${table}_wake" on "${schema}"."${table}"`,
];

export interface OutboxDelivery<Id extends string | number> {
  delivered: Id[];
  failed: Id[];
}

export interface OutboxRelayOptions<Row extends { id: Id }, Id extends string | number = string> {
  /** Names the relay in logs and in PostgreSQL's activity view (`<name>-jobs`, `<name>-listen`). */
  name: string;
  databaseUrl: string;
  logger: Logger;
  schema: string;
  table: string;
  /** The columns `deliver` needs, `id` among them. */
  columns: string;
  /** Claim order, e.g. `id` or `next_attempt_at, created_at`. */
  orderBy: string;
  /** The id column's SQL type (for `= any($1::<type>[])`). */
  idType: 'uuid' | 'bigint';
  /** Rows per pass. */
  batch: number;
  /** Delay of a row after a failed delivery, an interval expression over its `attempts` so far. */
  backoffSql: string;
  /** Hands the claimed rows over (the rows stay locked meanwhile); says which were taken and which were not. */
  deliver: (rows: Row[]) => Promise<OutboxDelivery<Id>>;
  /** The safety-net poll while nothing wakes the relay (default 30 s). */
  pollMs?: number;
  /** Test hook: how long to hold claimed rows before delivering them (default 0). */
  stallMs?: number;
  /**
   * Where the LISTEN connection goes: past a transaction pooler, which would swallow notifications.
   * Default DATABASE_DIRECT_URL from the environment (decision 036), else `databaseUrl`.
   */
  listenUrl?: string;
  /** The pool to claim with; by default one of its own (closed on stop). */
  pool?: pg.Pool;
}

export interface OutboxRelay {
  /** Looks for rows now; resolves when that pass is over. A wake while a pass runs queues exactly one more. */
  wake(): Promise<void>;
  /** Stops listening and polling, waits for a pass in progress. */
  stop(): Promise<void>;
}

export interface OutboxPass {
  claimed: number;
  delivered: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One pass over the table: claims up to `batch` due rows, delivers them, deletes what was taken, backs off the rest. */
export async function relayOutboxOnce<Row extends { id: Id }, Id extends string | number>(
  pool: pg.Pool,
  options: Pick<
    OutboxRelayOptions<Row, Id>,
    'schema' | 'table' | 'columns' | 'orderBy' | 'idType' | 'batch' | 'backoffSql' | 'deliver' | 'stallMs'
  >,
): Promise<OutboxPass> {
  const table = `"${options.schema}"."${options.table}"`;
  return inJobTransaction(pool, async (tx) => {
    const { rows } = await tx.query<Row>(
      `select ${options.columns} from ${table} where next_attempt_at <= now()
        order by ${options.orderBy} limit ${options.batch} for update skip locked`,
    );
    if (!rows.length) return { claimed: 0, delivered: 0 };
    if (options.stallMs) await sleep(options.stallMs);
    const { delivered, failed } = await options.deliver(rows);
    if (failed.length)
      await tx.query(
        `update ${table} set attempts = attempts + 1, next_attempt_at = now() + ${options.backoffSql}
          where id = any($1::${options.idType}[])`,
        [failed],
      );
    if (delivered.length) await tx.query(`delete from ${table} where id = any($1::${options.idType}[])`, [delivered]);
    return { claimed: rows.length, delivered: delivered.length };
  });
}

/** Milliseconds until the earliest row falls due (≤ 0: due now), or null for an empty table. */
async function nextDueInMs(pool: pg.Pool, schema: string, table: string): Promise<number | null> {
  const { rows } = await pool.query<{ ms: string | null }>(
    `select extract(epoch from min(next_attempt_at) - now()) * 1000 as ms from "${schema}"."${table}"`,
  );
  return rows[0]?.ms == null ? null : Number(rows[0].ms);
}

/** The shortest sleep when rows are due but were not claimed (another replica holds them). */
const BUSY_RETRY_MS = 500;
const LISTEN_RETRY_MIN_MS = 1_000;
const LISTEN_RETRY_MAX_MS = 30_000;

/** Starts a relay; it runs a first pass at once. */
export function startOutboxRelay<Row extends { id: Id }, Id extends string | number = string>(
  options: OutboxRelayOptions<Row, Id>,
): OutboxRelay {
  const { logger, schema, table, batch } = options;
  const pollMs = options.pollMs ?? 30_000;
  const ownPool = !options.pool;
  const pool = options.pool ?? createJobPool(options.databaseUrl, options.name, logger);
  const channel = outboxChannel(schema, table);
  const listenUrl = options.listenUrl ?? (process.env.DATABASE_DIRECT_URL || options.databaseUrl);

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const schedule = (ms: number) => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(() => void wake(), Math.max(0, Math.min(ms, pollMs)));
  };

  // One pass after the other; `queued` is the next pass while it has not started, shared by every
  // wake before it starts (each of those commits is then visible to it).
  let chain: Promise<void> = Promise.resolve();
  let queued: Promise<void> | null = null;
  const run = async () => {
    queued = null;
    clearTimeout(timer);
    let next = pollMs;
    try {
      while (!stopped) {
        const { claimed, delivered } = await relayOutboxOnce(pool, options);
        if (claimed < batch || delivered === 0) break;
      }
      if (!stopped) {
        const due = await nextDueInMs(pool, schema, table);
        if (due !== null) next = Math.max(due, BUSY_RETRY_MS);
      }
    } catch (error) {
      logger.warn({ err: error, relay: options.name }, 'outbox relay pass failed');
      next = Math.min(pollMs, LISTEN_RETRY_MIN_MS);
    }
    schedule(next);
  };
  const wake = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (!queued) chain = queued = chain.then(run);
    return queued;
  };

  // The listening connection: reconnects (1 s doubling to 30 s) when PostgreSQL drops it, and
  // runs a pass after each (re)connection for whatever was written meanwhile.
  let listener: pg.Client | null = null;
  let listenRetry: NodeJS.Timeout | undefined;
  let retryMs = LISTEN_RETRY_MIN_MS;
  const listen = async () => {
    if (stopped) return;
    const client = new pg.Client({ connectionString: listenUrl, application_name: `${options.name}-listen` });
    listener = client;
    let retried = false;
    const retry = (error?: unknown) => {
      if (retried || stopped) return;
      retried = true;
      if (error) logger.warn({ err: error, relay: options.name }, 'outbox relay stopped listening; will listen again');
      void client.end().catch(() => undefined);
      listenRetry = setTimeout(() => void listen(), retryMs);
      retryMs = Math.min(retryMs * 2, LISTEN_RETRY_MAX_MS);
    };
    client.on('notification', () => void wake());
    client.on('error', retry);
    client.on('end', () => retry());
    try {
      await client.connect();
      await client.query(`listen "${channel}"`);
      retryMs = LISTEN_RETRY_MIN_MS;
      void wake();
    } catch (error) {
      retry(error);
    }
  };
  void listen();
  void wake();

  return {
    wake,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(listenRetry);
      await listener?.end().catch(() => undefined);
      await chain;
      if (ownPool) await pool.end();
    },
  };
}
