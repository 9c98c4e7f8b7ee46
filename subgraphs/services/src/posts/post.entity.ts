import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export const POST_KINDS = ['NEWS', 'EVENT', 'TOURISM', 'CULINARY'] as const;
export type PostKind = (typeof POST_KINDS)[number];

/** News, an event (with date and place), tourism or culinary information. Public once published. */
@Entity({ tableName: 'posts' })
export class Post {
  [OptionalProps]?: 'id' | 'coverKey' | 'eventAt' | 'place' | 'publishedAt' | 'authorId' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 120, unique: true })
  slug: string;

  @Enum({ items: () => [...POST_KINDS], type: 'string' })
  kind: PostKind;

  @Property({ type: 'string', length: 200 })
  title: string;

  @Property({ type: 'string', length: 400 })
  summary: string;

  @Property({ type: 'text' })
  body: string;

  /** A public upload (`covers/…`); null shows a placeholder. */
  @Property({ type: 'string', length: 220, nullable: true })
  coverKey: string | null = null;

  @Property({ type: 'Date', nullable: true })
  eventAt: Date | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  place: string | null = null;

  @Property({ type: 'Date', nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  authorId: string | null = null;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
