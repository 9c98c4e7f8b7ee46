import { GraphQLError } from 'graphql';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { BaseEnv } from './env.js';
import { InternalClient } from './internal.js';
import {
  relayOutboxOnce,
  startOutboxRelay,
  type OutboxDelivery,
  type OutboxPass,
  type OutboxRelay,
} from './outbox-relay.js';
import { localGraphqlUrl, SUBGRAPH_REGISTRY } from './registry.js';

/**
 * The producer's half of the notification pipeline (decision 025): rows that
 * `enqueueNotification` wrote in the producer's transaction are handed to the notifications
 * subgraph's `internalPublishEvents`, at least once, and deleted once it has taken them.
 * Notifications deduplicates by event id, so a hand-off repeated after a crash is harmless.
 * The claiming, backoff and waking are the shared outbox relay's (outbox-relay.ts).
 */

export * from './outbox-relay.js';

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
  /** The safety-net poll while no NOTIFY wakes the relay (default 30 s). */
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

const COLUMNS = 'id, type, recipient_user_id, occurred_at, link, data, urgent';

/**
 * Hands claimed rows to notifications in one call; when notifications answers but refuses the
 * batch, one by one, so that one bad event holds back only itself.
 */
function handOver(client: InternalClient, url: string, logger: Logger) {
  return async (rows: Row[]): Promise<OutboxDelivery<string>> => {
    const delivered: string[] = [];
    const failed: string[] = [];
    try {
      await client.request(url, PUBLISH_EVENTS_MUTATION, { events: rows.map(toInput) });
      delivered.push(...rows.map((r) => r.id));
    } catch (error) {
      if (error instanceof GraphQLError && rows.length > 1) {
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
    return { delivered, failed };
  };
}

/** One pass: claims up to `batch` due rows (SKIP LOCKED), hands them over, deletes what was taken. */
export async function relayNotificationsOnce(
  pool: pg.Pool,
  client: InternalClient,
  options: { schema: string; url: string; batch: number; logger: Logger; stallMs?: number },
): Promise<OutboxPass> {
  return relayOutboxOnce<Row, string>(pool, {
    schema: options.schema,
    table: 'notification_outbox',
    columns: COLUMNS,
    orderBy: 'next_attempt_at, created_at',
    idType: 'uuid',
    batch: options.batch,
    backoffSql: RELAY_BACKOFF_SQL,
    deliver: handOver(client, options.url, options.logger),
    stallMs: options.stallMs,
  });
}

const relays = new Set<OutboxRelay>();

/**
 * Optional since the outbox notifies its relays on commit (decision 032): the relays in this
 * process look for rows now. Does not wait for the hand-off.
 */
export function wakeNotificationRelay(): void {
  for (const relay of relays) void relay.wake();
}

/**
 * Test hook (fault tests): claimed rows are held this long before the hand-off, so that a test
 * can kill the producer between its commit and the hand-off. Read from the process environment
 * because it is no setting anyone should make in production.
 */
const stallMs = () => Number(process.env.NOTIFICATION_RELAY_STALL_MS ?? 0) || 0;

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
  const url = options.url ?? notificationsUrl(env);
  const client = new InternalClient(subgraph, { secret: env.JWT_SECRET, issuer: env.JWT_ISSUER });
  const relay = startOutboxRelay<Row, string>({
    name: `${subgraph}-relay`,
    databaseUrl: env.DATABASE_URL,
    logger,
    schema,
    table: 'notification_outbox',
    columns: COLUMNS,
    orderBy: 'next_attempt_at, created_at',
    idType: 'uuid',
    batch: options.batch ?? 100,
    backoffSql: RELAY_BACKOFF_SQL,
    deliver: handOver(client, url, logger),
    pollMs: options.pollMs,
    stallMs: stallMs(),
  });
  relays.add(relay);
  return async () => {
    relays.delete(relay);
    await relay.stop();
  };
}
