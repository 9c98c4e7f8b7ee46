import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { Channel } from '../channels/channel.js';
import { NotificationEventRecord } from '../events/event.entity.js';

export const DELIVERY_STATUSES = ['QUEUED', 'SENT', 'DELIVERED', 'READ', 'FAILED', 'DEAD'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One message of one event on one channel (at most one: unique (event_id, channel)). The
 * providers' status callbacks move it by provider_message_id (webhooks/delivery-status.ts).
 */
@Entity({ tableName: 'deliveries' })
@Unique({ name: 'deliveries_event_channel_key', properties: ['event', 'channel'] })
@Index({ name: 'deliveries_status_idx', properties: ['status', 'updatedAt'] })
export class Delivery {
  [OptionalProps]?:
    'id' | 'language' | 'status' | 'providerMessageId' | 'attempts' | 'lastError' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => NotificationEventRecord, { deleteRule: 'cascade' })
  event!: NotificationEventRecord;

  @Property({ type: 'string', length: 10 })
  channel!: Channel;

  /** Email address or phone number: personal data, never logged. */
  @Property({ type: 'string', length: 254 })
  recipient!: string;

  /** The recipient's language when the event arrived: the message is rendered in it. */
  @Property({ type: 'string', length: 2, default: 'id' })
  language: 'id' | 'en' = 'id';

  @Property({ type: 'string', length: 10, default: 'QUEUED' })
  status: DeliveryStatus = 'QUEUED';

  @Property({ type: 'string', length: 200, nullable: true, unique: 'deliveries_provider_message_id_key' })
  providerMessageId: string | null = null;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'string', length: 300, nullable: true })
  lastError: string | null = null;

  @Property({ type: 'Date', length: 3, defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', length: 3, defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
