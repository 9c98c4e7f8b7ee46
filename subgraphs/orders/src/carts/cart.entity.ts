import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** A guest's cart (found by its token) or a signed-in buyer's (one per buyer). */
@Entity({ tableName: 'carts' })
export class Cart {
  [OptionalProps]?: 'id' | 'buyerId' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Secret the guest's cookie carries. */
  @Property({ type: 'string', length: 64, unique: true })
  token: string;

  @Property({ type: 'uuid', nullable: true, unique: true })
  buyerId: string | null = null;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

@Entity({ tableName: 'cart_lines' })
export class CartLine {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Cart, deleteRule: 'cascade' })
  cart: Cart;

  @Property({ type: 'uuid' })
  variantId: string;

  @Property({ type: 'integer' })
  quantity: number;

  /** Price when the buyer added (or last confirmed) it: a different current price is flagged. */
  @Property({ type: 'integer' })
  seenPrice: number;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
