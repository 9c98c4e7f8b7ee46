import { Entity, Index, OptionalProps, PrimaryKey, Property, type EntityManager } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * What happened, for whom: the contract between a producing subgraph and the notifications
 * subgraph (decision 025). Producers never call a provider; they write the event with
 * `enqueueNotification` in the same transaction as the change, and the relay hands it to
 * notifications, which deduplicates by `id`.
 */
export const NOTIFICATION_EVENT_TYPES = [
  // Buyers
  'order.placed',
  'order.paid',
  'order.payment_expired',
  'order.accepted',
  'order.shipped',
  'order.delivered',
  'order.cancelled',
  'order.refund',
  'order.review_reminder',
  // Sellers
  'shop.verified',
  'shop.rejected',
  'shop.suspended',
  'shop.new_order',
  'shop.order_paid',
  'shop.receipt_confirmed',
  'shop.stock_low',
  'shop.new_review',
  // Citizens
  'request.received',
  'request.verified',
  'request.needs_documents',
  'request.completed',
  'request.rejected',
  'request.survey_invitation',
  'complaint.answered',
  // Staff
  'staff.new_request',
  'staff.request_due_soon',
  'staff.complaint_unanswered',
  'staff.complaint_escalated',
  // Accounts
  'account.password_reset',
  'account.one_time_code',
  'account.contact_change',
] as const;
export type NotificationEventType = (typeof NOTIFICATION_EVENT_TYPES)[number];

export type NotificationData = Record<string, string | number | boolean | null>;

export interface NotificationEvent {
  /** Unique per event: the receiver's deduplication key (a retry sends the same id). */
  id: string;
  type: NotificationEventType;
  /** The user to tell. */
  recipientUserId: string;
  occurredAt: Date;
  /** The storefront path the message links to, e.g. `/akun/permohonan/<id>`. */
  link: string | null;
  /** Template parameters: tracking code, order code, reason… Never a password, code or NIK in clear unless the event is for sending it. */
  data: NotificationData;
  /** Urgent messages ignore quiet hours (one-time codes, password resets). */
  urgent: boolean;
}

/**
 * An event waiting in its producer's schema until the relay has handed it to notifications.
 * Each producing subgraph lists this entity and creates the table with `notificationOutboxSql`.
 */
@Entity({ tableName: 'notification_outbox' })
@Index({ name: 'notification_outbox_due_idx', properties: ['nextAttemptAt'] })
export class NotificationOutbox {
  [OptionalProps]?: 'link' | 'data' | 'urgent' | 'attempts' | 'nextAttemptAt' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 60 })
  type!: NotificationEventType;

  @Property({ type: 'uuid' })
  recipientUserId!: string;

  @Property({ type: 'Date', length: 3 })
  occurredAt!: Date;

  @Property({ type: 'string', length: 300, nullable: true })
  link: string | null = null;

  @Property({ type: 'json' })
  data: NotificationData = {};

  @Property({ type: 'boolean', default: false })
  urgent: boolean = false;

  /** Failed hand-offs so far; the next one waits longer each time. */
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'Date', length: 3, defaultRaw: 'now()' })
  nextAttemptAt: Date = new Date();

  @Property({ type: 'Date', length: 3, defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** The DDL of the outbox table in a producer's schema (for its migration). */
export const notificationOutboxSql = (schema: string): string[] => [
  `create table "${schema}"."notification_outbox" (
    "id" uuid not null primary key,
    "type" varchar(60) not null,
    "recipient_user_id" uuid not null,
    "occurred_at" timestamptz(3) not null,
    "link" varchar(300) null,
    "data" jsonb not null,
    "urgent" boolean not null default false,
    "attempts" int not null default 0,
    "next_attempt_at" timestamptz(3) not null default now(),
    "created_at" timestamptz(3) not null default now()
  )`,
  `create index "notification_outbox_due_idx" on "${schema}"."notification_outbox" ("next_attempt_at")`,
];

/**
 * Records an event in the producer's transaction: it is flushed (and committed) with the state
 * change, or not at all. Returns the event id.
 */
export function enqueueNotification(
  em: EntityManager,
  event: Omit<NotificationEvent, 'id' | 'occurredAt' | 'link' | 'urgent' | 'data'> &
    Partial<Pick<NotificationEvent, 'id' | 'occurredAt' | 'link' | 'urgent' | 'data'>>,
): string {
  const row = em.create(NotificationOutbox, {
    id: event.id ?? randomUUID(),
    type: event.type,
    recipientUserId: event.recipientUserId,
    occurredAt: event.occurredAt ?? new Date(),
    link: event.link ?? null,
    data: event.data ?? {},
    urgent: event.urgent ?? false,
  });
  return row.id;
}
