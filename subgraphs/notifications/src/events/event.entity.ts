import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { NotificationData } from '@kampung/shared';

/**
 * An event as a producer published it. The id is the producer's event id: a second hand-off
 * of the same event (the relay retrying after a crash) finds it here and changes nothing.
 */
@Entity({ tableName: 'events' })
@Index({ name: 'events_recipient_idx', properties: ['recipientUserId', 'occurredAt'] })
export class NotificationEventRecord {
  [OptionalProps]?: 'link' | 'data' | 'urgent' | 'receivedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 60 })
  type!: string;

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

  @Property({ type: 'Date', length: 3, defaultRaw: 'now()' })
  receivedAt: Date = new Date();
}
