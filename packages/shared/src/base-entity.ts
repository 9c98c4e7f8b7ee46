import { Entity, OptionalProps, Property } from '@mikro-orm/core';

/**
 * Base for entities with a `created_at` column (`timestamptz(3)`, `default now()`): extend it
 * instead of declaring `createdAt` again. Pass the entity's own optional properties as the
 * type argument; `createdAt` is optional on `em.create` already.
 *
 * ```ts
 * @Entity({ tableName: 'reviews' })
 * export class Review extends CreatedEntity<'id' | 'comment'> { ... }
 * ```
 *
 * Abstract (no table of its own), so the columns stay exactly where and what they were.
 * Millisecond precision, as JavaScript dates have: a keyset cursor (ISO text, milliseconds)
 * then compares equal to the row it came from.
 */
@Entity({ abstract: true })
export abstract class CreatedEntity<Optional extends string = never> {
  [OptionalProps]?: 'createdAt' | Optional;

  @Property({ type: 'Date', length: 3, defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/**
 * Base for entities with `created_at` and `updated_at` (both `timestamptz(3)`, `default now()`);
 * `updatedAt` moves to the current time whenever MikroORM flushes a change to the row.
 *
 * ```ts
 * @Entity({ tableName: 'orders' })
 * export class Order extends TimestampedEntity<'id' | 'paymentDueAt'> { ... }
 * ```
 */
@Entity({ abstract: true })
export abstract class TimestampedEntity<Optional extends string = never> extends CreatedEntity<'updatedAt' | Optional> {
  @Property({ type: 'Date', length: 3, defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
