import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Channel } from '../channels/channel.js';
import type { EventGroup } from '../templates/templates.js';

/** A choice a user made; without a row the default applies (preference.service.ts). */
@Entity({ tableName: 'preferences' })
export class Preference {
  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @PrimaryKey({ type: 'string', length: 10 })
  channel!: Channel;

  @PrimaryKey({ type: 'string', length: 20 })
  eventGroup!: EventGroup;

  @Property({ type: 'boolean' })
  enabled!: boolean;

  @Property({ type: 'Date', length: 3, defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
