import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { NotificationEventRecord } from '../events/event.entity.js';

/** One notice in a user's in-app inbox, rendered in both languages when the event arrived. */
@Entity({ tableName: 'inbox_items' })
@Index({ name: 'inbox_items_user_idx', properties: ['userId', 'createdAt', 'id'] })
export class InboxItem {
  [OptionalProps]?: 'id' | 'link' | 'readAt' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => NotificationEventRecord, { unique: 'inbox_items_event_id_key', deleteRule: 'cascade' })
  event!: NotificationEventRecord;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'string', length: 200 })
  titleEn!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'text' })
  bodyEn!: string;

  /** Storefront path, e.g. `/akun/permohonan/<id>`. */
  @Property({ type: 'string', length: 300, nullable: true })
  link: string | null = null;

  @Property({ type: 'Date', length: 3, nullable: true })
  readAt: Date | null = null;

  @Property({ type: 'Date', length: 3, defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
