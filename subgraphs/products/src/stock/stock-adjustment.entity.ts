import { Check, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { CreatedEntity } from '@kampung/shared';
import { randomUUID } from 'node:crypto';

/** One change of a variant's stock by its seller: who, when, why, by how much, and the result. */
@Entity({ tableName: 'stock_adjustments' })
@Index({
  name: 'stock_adjustments_variant_idx',
  expression:
    'create index "stock_adjustments_variant_idx" on "products"."stock_adjustments" ("variant_id", "created_at" desc)',
})
@Check({ name: 'stock_adjustments_resulting_stock_check', expression: 'resulting_stock >= 0' })
export class StockAdjustment extends CreatedEntity<'id'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  variantId: string;

  @Property({ type: 'uuid' })
  productId: string;

  @Property({ type: 'uuid' })
  userId: string;

  @Property({ type: 'integer' })
  delta: number;

  @Property({ type: 'integer' })
  resultingStock: number;

  @Property({ type: 'string', length: 200 })
  reason: string;
}
