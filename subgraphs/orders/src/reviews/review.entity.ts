import { Check, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { CreatedEntity } from '@kampung/shared';
import { randomUUID } from 'node:crypto';

/** A buyer's rating of a product they received, once per order line. */
@Entity({ tableName: 'reviews' })
@Index({ name: 'reviews_product_idx', properties: ['productId'] })
@Check({ name: 'reviews_rating_check', expression: 'rating >= 1 and rating <= 5' })
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
