import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { CreatedEntity } from '@kampung/shared';
import { randomUUID } from 'node:crypto';

/** A buyer's rating of a product they received, once per order line. */
@Entity({ tableName: 'reviews' })
export class Review extends CreatedEntity<'id' | 'comment'> {
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
}
