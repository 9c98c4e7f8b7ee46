import { Check, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { SellerOrder } from './seller-order.entity.js';

/** What was bought, copied from the catalogue at checkout so later edits do not change it. */
@Entity({ tableName: 'order_lines' })
@Index({ name: 'order_lines_seller_order_idx', properties: ['sellerOrder'] })
@Check({ name: 'order_lines_unit_price_check', expression: 'unit_price >= 0' })
@Check({ name: 'order_lines_quantity_check', expression: 'quantity > 0' })
@Check({ name: 'order_lines_line_total_check', expression: 'line_total >= 0' })
@Check({ name: 'order_lines_total_is_product', expression: 'line_total::bigint = unit_price::bigint * quantity' })
export class OrderLine {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => SellerOrder, foreignKeyName: 'order_lines_seller_order_id_fkey', updateRule: 'no action' })
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
