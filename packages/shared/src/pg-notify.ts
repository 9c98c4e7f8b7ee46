import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Logger } from './logger.js';

/**
 * State that every replica of a service must share (a revoked session, an emptied cache), passed
 * through PostgreSQL: `NOTIFY` reaches the replicas listening now; a message kept in a table
 * (`keepMs` > 0) also reaches a replica that starts, or reconnects, while it is still current.
 * Messages are small JSON values (NOTIFY carries at most 8000 bytes); handlers must tolerate
 * seeing one twice, and a replica does not receive its own.
 */
export interface PgChannelOptions<Message> {
  databaseUrl: string;
  /** The NOTIFY channel, also the `channel` column of the kept messages: lower case letters and `_`. */
  channel: string;
  /** The schema of the message table (created if missing): the service's own, e.g. `gateway`. */
  schema: string;
  /** How long a message stays in the table for replicas that join or reconnect later; 0 = NOTIFY only. */
  keepMs: number;
  onMessage: (message: Message) => void;
  logger?: Logger;
  /** `application_name` of the two connections, so an operator can tell them apart. */
  applicationName?: string;
  /** Reconnection backoff after a lost connection: the first wait, doubled up to `maxMs`. */
  reconnect?: { minMs: number; maxMs: number };
  /** How often the listening connection is checked (a dead socket may not say so by itself). */
  pingMs?: number;
}

export interface PgChannel<Message> {
  /** Sends to every other replica (and keeps it, when `keepMs` > 0). False when PostgreSQL could not be reached; never throws. */
  publish: (message: Message) => Promise<boolean>;
  /** Resolves once the first connection listens and has replayed what the table keeps. */
  ready: Promise<void>;
  /** Whether the listening connection is up now (messages sent meanwhile arrive on reconnection when kept). */
  isListening: () => boolean;
  close: () => Promise<void>;
}

const TABLE = 'pg_channel_messages';
const MAX_PAYLOAD_BYTES = 7_900;

interface Envelope {
  id?: string;
  origin: string;
  message: unknown;
}

/** The message table: one for all channels of a schema, read by channel and id, emptied by expiry. */
export function pgChannelTableSql(schema: string): string[] {
  return [
    `create schema if not exists "${schema}"`,
    `create table if not exists "${schema}".${TABLE} (
       id bigserial primary key,
       channel text not null,
       origin text not null,
       message jsonb not null,
       expires_at timestamptz not null
     )`,
    `create index if not exists ${TABLE}_channel_expiry on "${schema}".${TABLE} (channel, expires_at)`,
  ];
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Opens a channel: it connects in the background (`ready`) and keeps reconnecting with backoff
 * while it is not closed. While disconnected, publishing still works through the pool when
 * PostgreSQL answers; whatever was kept is replayed on reconnection.
 */
export function openPgChannel<Message>(options: PgChannelOptions<Message>): PgChannel<Message> {
  if (!IDENTIFIER.test(options.channel))
    throw new Error(`pg channel name ${options.channel} is not a plain identifier`);
  if (!IDENTIFIER.test(options.schema))
    throw new Error(`pg channel schema ${options.schema} is not a plain identifier`);
  const { channel, schema, keepMs, logger } = options;
  const backoff = options.reconnect ?? { minMs: 250, maxMs: 10_000 };
  const pingMs = options.pingMs ?? 15_000;
  const applicationName = options.applicationName ?? `pg-channel-${channel}`;
  const origin = randomUUID();
  // Bounded waits: a database that does not answer must not hold up the request that publishes.
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: 2,
    application_name: applicationName,
    connectionTimeoutMillis: 3_000,
    query_timeout: 5_000,
  });
  // A dropped idle connection is an 'error' event: the pool replaces it on the next query.
  pool.on('error', (error) => logger?.warn({ err: error.message, channel }, 'pg channel pool connection lost'));

  /** Kept messages already handled, by id, until they expire: a replay after reconnecting skips them. */
  const seen = new Map<string, number>();
  let listener: pg.Client | null = null;
  let listening = false;
  let closed = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;
  let ping: NodeJS.Timeout | undefined;
  let tableReady: Promise<void> | null = null;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const ensureTable = () => {
    tableReady ??= (async () => {
      for (const statement of pgChannelTableSql(schema)) {
        try {
          await pool.query(statement);
        } catch (error) {
          // Two replicas creating at once: the loser's duplicate means the other one did it.
          if (!['23505', '42P07', '42710'].includes((error as { code?: string }).code ?? '')) throw error;
        }
      }
    })().catch((error: unknown) => {
      tableReady = null;
      throw error;
    });
    return tableReady;
  };

  const deliver = (envelope: Envelope) => {
    if (envelope.origin === origin) return;
    if (envelope.id !== undefined) {
      if (seen.has(envelope.id)) return;
      seen.set(envelope.id, Date.now() + keepMs);
    }
    try {
      options.onMessage(envelope.message as Message);
    } catch (error) {
      logger?.error({ err: (error as Error).message, channel }, 'pg channel message handler failed');
    }
  };

  const forgetExpired = () => {
    const now = Date.now();
    for (const [id, until] of seen) if (until <= now) seen.delete(id);
  };

  const replay = async (client: pg.Client) => {
    forgetExpired();
    const { rows } = await client.query<{ id: string; origin: string; message: unknown }>(
      `select id::text, origin, message from "${schema}".${TABLE} where channel = $1 and expires_at > now() order by id`,
      [channel],
    );
    for (const row of rows) deliver(row);
  };

  const scheduleReconnect = (reason: string) => {
    if (closed || retry) return;
    listening = false;
    const wait = Math.min(backoff.maxMs, backoff.minMs * 2 ** failures);
    failures += 1;
    logger?.warn({ channel, reason, retryInMs: wait }, 'pg channel listener disconnected');
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, wait);
    retry.unref();
  };

  const connect = async () => {
    if (closed) return;
    const client = new pg.Client({
      connectionString: options.databaseUrl,
      application_name: applicationName,
      keepAlive: true,
      connectionTimeoutMillis: 5_000,
    });
    listener = client;
    let lost = false;
    const onLost = (reason: string) => {
      if (lost || listener !== client) return;
      lost = true;
      clearInterval(ping);
      void client.end().catch(() => {});
      scheduleReconnect(reason);
    };
    client.on('error', (error) => onLost(error.message));
    client.on('end', () => onLost('connection ended'));
    client.on('notification', (notification) => {
      if (notification.channel !== channel || !notification.payload) return;
      try {
        deliver(JSON.parse(notification.payload) as Envelope);
      } catch {
        logger?.warn({ channel }, 'pg channel message not understood');
      }
    });
    try {
      await client.connect();
      if (keepMs > 0) await ensureTable();
      await client.query(`listen "${channel}"`);
      // Listening first, then reading the table: nothing sent in between is missed (seen ids drop doubles).
      if (keepMs > 0) await replay(client);
      if (closed) return void (await client.end().catch(() => {}));
      listening = true;
      if (failures > 0) logger?.info({ channel }, 'pg channel listener reconnected');
      failures = 0;
      markReady();
      ping = setInterval(() => {
        client.query('select 1').catch((error: Error) => onLost(error.message));
        if (keepMs > 0) pool.query(`delete from "${schema}".${TABLE} where expires_at < now()`).catch(() => {});
      }, pingMs);
      ping.unref();
    } catch (error) {
      onLost((error as Error).message);
    }
  };

  void connect();

  return {
    ready,
    isListening: () => listening,
    async publish(message: Message): Promise<boolean> {
      const text = JSON.stringify(message);
      if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES) throw new Error(`pg channel ${channel}: message too large`);
      try {
        if (keepMs <= 0) {
          await pool.query('select pg_notify($1, $2)', [channel, JSON.stringify({ origin, message })]);
          return true;
        }
        await ensureTable();
        // One statement: the row and its notification commit together.
        await pool.query(
          `with kept as (
             insert into "${schema}".${TABLE} (channel, origin, message, expires_at)
             values ($1, $2, $3::jsonb, now() + $4 * interval '1 millisecond') returning id
           )
           select pg_notify($1, json_build_object('id', kept.id::text, 'origin', $2::text, 'message', $3::jsonb)::text)
             from kept`,
          [channel, origin, text, keepMs],
        );
        return true;
      } catch (error) {
        logger?.warn({ err: (error as Error).message, channel }, 'pg channel publish failed');
        return false;
      }
    },
    async close() {
      closed = true;
      listening = false;
      clearTimeout(retry);
      clearInterval(ping);
      const client = listener;
      listener = null;
      await client?.end().catch(() => {});
      await pool.end();
    },
  };
}
