import { GraphQLError } from 'graphql';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { BaseEnv } from './env.js';
import { InternalClient } from './internal.js';
import { createJobPool, inJobTransaction } from './job-pool.js';
import { localGraphqlUrl, SUBGRAPH_REGISTRY } from './registry.js';

/**
 * The producer's half of the notification pipeline (decision 025): rows that
 * `enqueueNotification` wrote in the producer's transaction are handed to the notifications
 * subgraph's `internalPublishEvents`, at least once, and deleted once it has taken them.
 * Notifications deduplicates by event id, so a hand-off repeated after a crash is harmless.
 */

/** The receiving mutation. `data` travels as a JSON object in a string (the supergraph has no JSON scalar). */
export const PUBLISH_EVENTS_MUTATION = `mutation PublishEvents($events: [NotificationEventInput!]!) {
  internalPublishEvents(events: $events)
}`;

/** What `internalPublishEvents` takes per event. */
export interface NotificationEventInput {
  id: string;
  type: string;
  recipientUserId: string;
  occurredAt: string;
  link: string | null;
  /** JSON object of the template parameters. */
  data: string;
  urgent: boolean;
}

/** Notifications' port when the registry does not list it yet (4007, DESIGN.md). */
const NOTIFICATIONS_PORT = 4007;

/** Where notifications listens: NOTIFICATIONS_URL, else its registry port on this host. */
export function notificationsUrl(env: Partial<Record<string, unknown>> = process.env): string {
  const configured = env.NOTIFICATIONS_URL;
  if (typeof configured === 'string' && configured) return configured;
  const entry = (SUBGRAPH_REGISTRY as readonly { name: string; port: number }[]).find(
    (e) => e.name === 'notifications',
  );
  return localGraphqlUrl(entry?.port ?? NOTIFICATIONS_PORT);
}

export interface NotificationRelayOptions {
  /** The producer's environment: DATABASE_URL, the JWT settings and optionally NOTIFICATIONS_URL. */
  env: BaseEnv & { NOTIFICATIONS_URL?: string };
  /** The producing subgraph: its service token name and (unless `schema` is given) its database schema. */
  subgraph: string;
  logger: Logger;
  /** Accepted so a subgraph can pass its services as they are (`{ ...services, subgraph }`); unused. */
  orm?: unknown;
  /** The schema holding `notification_outbox`; defaults to the subgraph's registry schema. */
  schema?: string;
  /** How often to look for due rows when nothing woke the relay (default 1 s). */
  pollMs?: number;
  /** Rows per hand-off (default 100). */
  batch?: number;
  /** Overrides NOTIFICATIONS_URL (tests). */
  url?: string;
}

interface Row {
  id: string;
  type: string;
  recipient_user_id: string;
  occurred_at: Date;
  link: string | null;
  data: Record<string, unknown>;
  urgent: boolean;
}

const toInput = (row: Row): NotificationEventInput => ({
  id: row.id,
  type: row.type,
  recipientUserId: row.recipient_user_id,
  occurredAt: row.occurred_at.toISOString(),
  link: row.link,
  data: JSON.stringify(row.data ?? {}),
  urgent: row.urgent,
});

/** Backoff of a row after its n-th failed hand-off: 1 s, 2 s, 4 s, … at most 5 minutes. */
export const RELAY_BACKOFF_SQL = `least(300, power(2, attempts)) * interval '1 second'`;

/** One pass: claims up to `batch` due rows (SKIP LOCKED), hands them over, deletes what was taken. Returns rows claimed. */
export async function relayNotificationsOnce(
  pool: pg.Pool,
  client: InternalClient,
  options: { schema: string; url: string; batch: number; logger: Logger },
): Promise<{ claimed: number; delivered: number }> {
  const { schema, url, batch, logger } = options;
  const table = `"${schema}"."notification_outbox"`;
  return inJobTransaction(pool, async (tx) => {
    const { rows } = await tx.query<Row>(
      `select id, type, recipient_user_id, occurred_at, link, data, urgent from ${table}
        where next_attempt_at <= now() order by next_attempt_at, created_at limit ${batch} for update skip locked`,
    );
    if (!rows.length) return { claimed: 0, delivered: 0 };
    const delivered: string[] = [];
    const failed: string[] = [];
    try {
      await client.request(url, PUBLISH_EVENTS_MUTATION, { events: rows.map(toInput) });
      delivered.push(...rows.map((r) => r.id));
    } catch (error) {
      if (error instanceof GraphQLError && rows.length > 1) {
        // Notifications answered but refused the batch: one bad event must not hold the others back.
        for (const row of rows) {
          try {
            await client.request(url, PUBLISH_EVENTS_MUTATION, { events: [toInput(row)] });
            delivered.push(row.id);
          } catch (rowError) {
            failed.push(row.id);
            logger.warn(
              { err: rowError, eventId: row.id, type: row.type },
              'notifications refused an event; will retry later',
            );
          }
        }
      } else {
        failed.push(...rows.map((r) => r.id));
        logger.warn({ err: error, count: rows.length }, 'notifications did not take the events; will retry later');
      }
    }
    if (failed.length)
      await tx.query(
        `update ${table} set attempts = attempts + 1, next_attempt_at = now() + ${RELAY_BACKOFF_SQL} where id = any($1::uuid[])`,
        [failed],
      );
    if (delivered.length) await tx.query(`delete from ${table} where id = any($1::uuid[])`, [delivered]);
    return { claimed: rows.length, delivered: delivered.length };
  });
}

const wakers = new Set<() => Promise<void>>();

/**
 * Called by a producer after a commit that enqueued notifications: the relays in this process
 * look for rows now rather than at their next poll. Does not wait for the hand-off.
 */
export function wakeNotificationRelay(): void {
  for (const wake of wakers) void wake();
}

/**
 * Starts the relay of one producer (from its onStart); the returned function stops it, waiting
 * for a hand-off in progress. Safe with several replicas: rows are claimed with SKIP LOCKED.
 */
export function startNotificationRelay(options: NotificationRelayOptions): () => Promise<void> {
  const { env, subgraph, logger } = options;
  const schema =
    options.schema ??
    (SUBGRAPH_REGISTRY as readonly { name: string; databaseSchema: string }[]).find((e) => e.name === subgraph)
      ?.databaseSchema ??
    subgraph;
  const batch = options.batch ?? 100;
  const pollMs = options.pollMs ?? 1_000;
  const url = options.url ?? notificationsUrl(env);
  const pool = createJobPool(env.DATABASE_URL, `${subgraph}-relay`, logger);
  const client = new InternalClient(subgraph, { secret: env.JWT_SECRET, issuer: env.JWT_ISSUER });

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  // One pass after the other; a wake while a pass runs queues exactly one more.
  let chain: Promise<void> = Promise.resolve();
  let queued: Promise<void> | null = null;
  const run = async () => {
    queued = null;
    clearTimeout(timer);
    try {
      while (!stopped) {
        const { claimed, delivered } = await relayNotificationsOnce(pool, client, { schema, url, batch, logger });
        if (claimed < batch || delivered === 0) break;
      }
    } catch (error) {
      logger.warn({ err: error }, 'notification relay pass failed');
    }
    if (!stopped) timer = setTimeout(() => void wake(), pollMs);
  };
  const wake = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (!queued) chain = queued = chain.then(run);
    return queued;
  };
  wakers.add(wake);
  void wake();
  return async () => {
    stopped = true;
    wakers.delete(wake);
    clearTimeout(timer);
    await chain;
    await pool.end();
  };
}
