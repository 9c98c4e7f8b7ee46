import { Entity, Index, OptionalProps, PrimaryKey, Property, type EntityManager } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Logger } from 'pino';
import { createJobPool, inJobTransaction } from './job-pool.js';
import { notificationEventId } from './notification-event-id.js';
import type { NotificationData, NotificationEventType } from './notification-outbox.js';
import { wakeNotificationRelay } from './notification-relay.js';

/**
 * An event for a group of people whose user ids the producer does not hold: a shop's owner
 * (sellers knows it), a village's staff or a district's officer (accounts knows them). It is
 * written in the producer's transaction like an outbox row (decision 031); a job of the producer
 * later asks the owner of the group who is in it and writes one outbox row per person, each with
 * the id `notificationEventId(fanout id, user id)`, marking the row expanded in the same
 * transaction. The state change never waits for another subgraph, and a group looked up twice
 * gives the receiver the same event ids.
 */
@Entity({ tableName: 'notification_fanout' })
@Index({ name: 'notification_fanout_pending_idx', properties: ['expandedAt', 'createdAt'] })
export class NotificationFanout {
  [OptionalProps]?: 'link' | 'data' | 'urgent' | 'expandedAt' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 60 })
  type!: NotificationEventType;

  /** Who: `shop:<shop id>`, `place:<place code>:<ROLE>` (see the producer's resolver). */
  @Property({ type: 'string', length: 80 })
  audience!: string;

  @Property({ type: 'Date', length: 3 })
  occurredAt!: Date;

  @Property({ type: 'string', length: 300, nullable: true })
  link: string | null = null;

  @Property({ type: 'json' })
  data: NotificationData = {};

  @Property({ type: 'boolean', default: false })
  urgent: boolean = false;

  /** When its outbox rows were written; null while waiting. */
  @Property({ type: 'Date', length: 3, nullable: true })
  expandedAt: Date | null = null;

  @Property({ type: 'Date', length: 3, defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** The DDL of the fan-out table in a producer's schema (for its migration). */
export const notificationFanoutSql = (schema: string): string[] => [
  `create table "${schema}"."notification_fanout" (
    "id" uuid not null primary key,
    "type" varchar(60) not null,
    "audience" varchar(80) not null,
    "occurred_at" timestamptz(3) not null,
    "link" varchar(300) null,
    "data" jsonb not null,
    "urgent" boolean not null default false,
    "expanded_at" timestamptz(3) null,
    "created_at" timestamptz(3) not null default now()
  )`,
  `create index "notification_fanout_pending_idx" on "${schema}"."notification_fanout" ("expanded_at", "created_at")`,
];

export interface FanoutEvent {
  /** Give a derived id (`notificationEventId(...)`) when a retry of the same change could write it twice. */
  id?: string;
  type: NotificationEventType;
  audience: string;
  occurredAt?: Date;
  link?: string | null;
  data?: NotificationData;
  urgent?: boolean;
}

/** Records a group event in the producer's transaction (flushed and committed with the change). Returns its id. */
export function enqueueFanout(em: EntityManager, event: FanoutEvent): string {
  const row = em.create(NotificationFanout, {
    id: event.id ?? randomUUID(),
    type: event.type,
    audience: event.audience,
    occurredAt: event.occurredAt ?? new Date(),
    link: event.link ?? null,
    data: event.data ?? {},
    urgent: event.urgent ?? false,
  });
  return row.id;
}

/** Who is in each audience asked for (an audience left out, or with no one, is expanded to nobody). */
export type AudienceResolver = (audiences: string[]) => Promise<Map<string, string[]>>;

interface FanoutRow {
  id: string;
  type: string;
  audience: string;
  occurred_at: Date;
  link: string | null;
  data: Record<string, unknown>;
  urgent: boolean;
}

/** Kept this long after expansion (a repeated group event with a derived id finds its row), then deleted. */
const KEEP_EXPANDED = `interval '90 days'`;

/**
 * One pass: claims up to `batch` waiting rows (SKIP LOCKED), resolves their audiences, writes one
 * outbox row per person and marks the rows expanded, in one transaction. A resolver that throws
 * (the owner subgraph away) leaves every row waiting for the next pass. Returns the outbox rows written.
 */
export async function expandFanoutOnce(
  pool: pg.Pool,
  options: { schema: string; resolve: AudienceResolver; batch?: number },
): Promise<{ claimed: number; written: number }> {
  const table = `"${options.schema}"."notification_fanout"`;
  const outbox = `"${options.schema}"."notification_outbox"`;
  return inJobTransaction(pool, async (tx) => {
    const { rows } = await tx.query<FanoutRow>(
      `select id, type, audience, occurred_at, link, data, urgent from ${table}
        where expanded_at is null order by created_at limit ${options.batch ?? 100} for update skip locked`,
    );
    if (!rows.length) return { claimed: 0, written: 0 };
    const members = await options.resolve([...new Set(rows.map((row) => row.audience))]);
    let written = 0;
    for (const row of rows) {
      for (const userId of new Set(members.get(row.audience) ?? [])) {
        const inserted = await tx.query(
          `insert into ${outbox} (id, type, recipient_user_id, occurred_at, link, data, urgent)
            values ($1, $2, $3, $4, $5, $6, $7) on conflict (id) do nothing`,
          [
            notificationEventId(row.id, userId),
            row.type,
            userId,
            row.occurred_at,
            row.link,
            JSON.stringify(row.data ?? {}),
            row.urgent,
          ],
        );
        written += inserted.rowCount ?? 0;
      }
    }
    await tx.query(`update ${table} set expanded_at = now() where id = any($1::uuid[])`, [rows.map((r) => r.id)]);
    await tx.query(`delete from ${table} where expanded_at < now() - ${KEEP_EXPANDED}`);
    return { claimed: rows.length, written };
  });
}

export interface FanoutJobOptions {
  env: { DATABASE_URL: string };
  subgraph: string;
  logger: Logger;
  resolve: AudienceResolver;
  /** The producer's schema (default: the subgraph's name). */
  schema?: string;
  /** How often to look for waiting rows (default 1 s). */
  pollMs?: number;
}

/**
 * Starts a producer's fan-out job (from its onStart); the returned function stops it after the
 * pass in progress. Safe with several replicas (SKIP LOCKED). Wakes the relay after writing.
 */
export function startNotificationFanout(options: FanoutJobOptions): () => Promise<void> {
  const { env, subgraph, logger, resolve } = options;
  const schema = options.schema ?? subgraph;
  const pool = createJobPool(env.DATABASE_URL, `${subgraph}-fanout`, logger, 1);
  let stopped = false;
  let running: Promise<void> | null = null;
  const pass = async () => {
    try {
      for (;;) {
        const { claimed, written } = await expandFanoutOnce(pool, { schema, resolve });
        if (written) wakeNotificationRelay();
        if (claimed < 100 || stopped) break;
      }
    } catch (error) {
      // The audience's owner away (a restart): the rows wait for the next pass.
      logger.warn({ err: { name: (error as Error).name, message: (error as Error).message } }, 'fan-out pass failed');
    }
  };
  const tick = () => {
    if (running || stopped) return;
    running = pass().finally(() => (running = null));
  };
  const timer = setInterval(tick, options.pollMs ?? 1_000);
  timer.unref();
  tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
    await pool.end();
  };
}
