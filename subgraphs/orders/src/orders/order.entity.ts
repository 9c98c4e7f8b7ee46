import { Check, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { TimestampedEntity } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { ORDER_STATUSES, PAYMENT_METHODS, type OrderStatus, type PaymentMethod } from './order.status.js';
import type { ShippingAddress } from './order.validation.js';

@Entity({ tableName: 'orders' })
@Index({
  name: 'orders_buyer_created_idx',
  expression: 'create index "orders_buyer_created_idx" on "orders"."orders" ("buyer_id", "created_at" desc, "id" desc)',
})
@Index({
  name: 'orders_payment_due_idx',
  expression: `create index "orders_payment_due_idx" on "orders"."orders" ("payment_due_at") where "status" = 'PENDING_PAYMENT'`,
})
@Index({
  name: 'orders_buyer_idempotency_key_unique',
  expression:
    'create unique index "orders_buyer_idempotency_key_unique" on "orders"."orders" ("buyer_id", "idempotency_key") where "idempotency_key" is not null',
})
@Check({ name: 'orders_items_total_check', expression: 'items_total >= 0' })
@Check({ name: 'orders_shipping_total_check', expression: 'shipping_total >= 0' })
@Check({ name: 'orders_total_amount_check', expression: 'total_amount >= 0' })
@Check({ name: 'orders_shipping_address_check', expression: "jsonb_typeof(shipping_address) = 'object'" })
@Check({ name: 'orders_total_is_sum', expression: 'total_amount::bigint = items_total::bigint + shipping_total' })
export class Order extends TimestampedEntity<'id' | 'paymentDueAt'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Human-readable, e.g. SK-261201-7K3QZ. */
  @Property({ type: 'string', length: 20, unique: true })
  code: string;

  @Property({ type: 'uuid' })
  buyerId: string;

  @Enum({ items: () => [...ORDER_STATUSES], type: 'string', columnType: 'varchar(20)' })
  status: OrderStatus;

  @Enum({ items: () => [...PAYMENT_METHODS], type: 'string', columnType: 'varchar(10)' })
  paymentMethod: PaymentMethod;

  @Property({ type: 'integer' })
  itemsTotal: number;

  @Property({ type: 'integer' })
  shippingTotal: number;

  @Property({ type: 'integer' })
  totalAmount: number;

  @Property({ type: 'json' })
  shippingAddress: ShippingAddress;

  @Property({ type: 'Date', length: 3, nullable: true })
  paymentDueAt: Date | null = null;
}
