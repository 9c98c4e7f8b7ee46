import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { CreatedEntity, TimestampedEntity } from '@kampung/shared';
import { randomUUID } from 'node:crypto';

/** A guest's cart (found by its token) or a signed-in buyer's (one per buyer). */
@Entity({ tableName: 'carts' })
export class Cart extends TimestampedEntity<'id' | 'buyerId'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Secret the guest's cookie carries. */
  @Property({ type: 'string', length: 64, unique: true })
  token: string;

  @Property({ type: 'uuid', nullable: true, unique: true })
  buyerId: string | null = null;
}

@Entity({ tableName: 'cart_lines' })
@Unique({ name: 'cart_lines_one_per_variant', properties: ['cart', 'variantId'] })
@Check({ name: 'cart_lines_quantity_check', expression: 'quantity >= 1 and quantity <= 999' })
@Check({ name: 'cart_lines_seen_price_check', expression: 'seen_price >= 0' })
export class CartLine extends CreatedEntity<'id'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({
    entity: () => Cart,
    deleteRule: 'cascade',
    updateRule: 'no action',
    foreignKeyName: 'cart_lines_cart_id_fkey',
  })
  cart: Cart;

  @Property({ type: 'uuid' })
  variantId: string;

  @Property({ type: 'integer' })
  quantity: number;

  /** Price when the buyer added (or last confirmed) it: a different current price is flagged. */
  @Property({ type: 'integer' })
  seenPrice: number;
}
