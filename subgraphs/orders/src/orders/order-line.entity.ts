import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { SellerOrder } from './seller-order.entity.js';

/** What was bought, copied from the catalogue at checkout so later edits do not change it. */
@Entity({ tableName: 'order_lines' })
export class OrderLine {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => SellerOrder })
  sellerOrder: SellerOrder;

  @Property({ type: 'uuid' })
  productId: string;

  @Property({ type: 'uuid' })
  variantId: string;

  @Property({ type: 'string', length: 200 })
  title: string;

  @Property({ type: 'string', length: 64 })
  sku: string;

  @Property({ type: 'integer' })
  unitPrice: number;

  @Property({ type: 'integer' })
  quantity: number;

  @Property({ type: 'integer' })
  lineTotal: number;
}
