import { CreatedEntity } from '@kampung/shared';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export const POST_KINDS = ['NEWS', 'EVENT', 'TOURISM', 'CULINARY'] as const;
export type PostKind = (typeof POST_KINDS)[number];

/** News, an event (with date and place), tourism or culinary information. Public once published. */
@Entity({ tableName: 'posts' })
@Index({
  name: 'posts_published_idx',
  expression:
    'create index "posts_published_idx" on "services"."posts" ("published_at" desc, "id" desc) where "published_at" is not null',
})
@Index({
  name: 'posts_village_published_idx',
  expression:
    'create index "posts_village_published_idx" on "services"."posts" ("village_code", "published_at" desc, "id" desc) where "published_at" is not null',
})
export class Post extends CreatedEntity<
  'id' | 'coverKey' | 'eventAt' | 'place' | 'publishedAt' | 'authorId' | 'villageCode'
> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 120, unique: 'posts_slug_key' })
  slug: string;

  @Enum({ items: () => [...POST_KINDS], type: 'string', columnType: 'varchar(20)' })
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

  @Property({ type: 'Date', length: 3, nullable: true })
  eventAt: Date | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  place: string | null = null;

  @Property({ type: 'Date', length: 3, nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  authorId: string | null = null;

  /** The village that publishes it; null: regency-wide (written by the regency admin). */
  @Property({ type: 'string', length: 13, nullable: true })
  villageCode: string | null = null;
}
