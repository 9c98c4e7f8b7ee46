import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TimestampedEntity } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { Order } from './order.entity.js';
import { SELLER_ORDER_STATUSES, type SellerOrderStatus } from './order.status.js';

/** One shop's part of an order, fulfilled on its own. */
@Entity({ tableName: 'seller_orders' })
@Unique({ name: 'seller_orders_one_per_shop', properties: ['order', 'sellerId'] })
@Index({
  name: 'seller_orders_seller_created_idx',
  expression:
    'create index "seller_orders_seller_created_idx" on "orders"."seller_orders" ("seller_id", "created_at" desc, "id" desc)',
})
@Index({
  name: 'seller_orders_delivered_idx',
  expression: `create index "seller_orders_delivered_idx" on "orders"."seller_orders" ("updated_at") where "status" = 'DELIVERED'`,
})
@Check({ name: 'seller_orders_items_total_check', expression: 'items_total >= 0' })
@Check({ name: 'seller_orders_shipping_fee_check', expression: 'shipping_fee >= 0' })
export class SellerOrder extends TimestampedEntity<
  'id' | 'courier' | 'trackingNumber' | 'cancelReason' | 'refundStatus' | 'reviewRemindedAt'
> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Order, foreignKeyName: 'seller_orders_order_id_fkey', updateRule: 'no action' })
  order: Order;

  @Property({ type: 'uuid' })
  sellerId: string;

  @Enum({ items: () => [...SELLER_ORDER_STATUSES], type: 'string', columnType: 'varchar(20)' })
  status: SellerOrderStatus;

  @Property({ type: 'integer' })
  itemsTotal: number;

  @Property({ type: 'integer' })
  shippingFee: number;

  @Property({ type: 'string', length: 60 })
  shippingOption: string;

  @Property({ type: 'string', length: 60, nullable: true })
  courier: string | null = null;

  @Property({ type: 'string', length: 60, nullable: true })
  trackingNumber: string | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  cancelReason: string | null = null;

  /** PENDING when a paid part was cancelled and the money is owed back, REFUNDED once returned. */
  @Enum({ items: ['PENDING', 'REFUNDED'], type: 'string', columnType: 'varchar(10)', nullable: true })
  refundStatus: 'PENDING' | 'REFUNDED' | null = null;

  /** When the buyer was asked to review this part (`order.review_reminder`, once; decision 031). */
  @Property({ type: 'Date', length: 3, nullable: true })
  reviewRemindedAt: Date | null = null;
}
