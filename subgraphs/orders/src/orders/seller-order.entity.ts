import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { TimestampedEntity } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { Order } from './order.entity.js';
import { SELLER_ORDER_STATUSES, type SellerOrderStatus } from './order.status.js';

/** One shop's part of an order, fulfilled on its own. */
@Entity({ tableName: 'seller_orders' })
export class SellerOrder extends TimestampedEntity<
  'id' | 'courier' | 'trackingNumber' | 'cancelReason' | 'refundStatus'
> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Order })
  order: Order;

  @Property({ type: 'uuid' })
  sellerId: string;

  @Enum({ items: () => [...SELLER_ORDER_STATUSES], type: 'string' })
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
  @Property({ type: 'string', length: 10, nullable: true })
  refundStatus: 'PENDING' | 'REFUNDED' | null = null;
}
