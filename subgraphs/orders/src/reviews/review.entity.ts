import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** A buyer's rating of a product they received, once per order line. */
@Entity({ tableName: 'reviews' })
export class Review {
  [OptionalProps]?: 'id' | 'comment' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', unique: true })
  orderLineId: string;

  @Property({ type: 'uuid' })
  productId: string;

  @Property({ type: 'uuid' })
  buyerId: string;

  @Property({ type: 'integer' })
  rating: number;

  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
