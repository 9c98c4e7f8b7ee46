import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { TimestampedEntity } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { ORDER_STATUSES, PAYMENT_METHODS, type OrderStatus, type PaymentMethod } from './order.status.js';
import type { ShippingAddress } from './order.validation.js';

@Entity({ tableName: 'orders' })
export class Order extends TimestampedEntity<'id' | 'paymentDueAt'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Human-readable, e.g. SK-261201-7K3QZ. */
  @Property({ type: 'string', length: 20, unique: true })
  code: string;

  @Property({ type: 'uuid' })
  buyerId: string;

  @Enum({ items: () => [...ORDER_STATUSES], type: 'string' })
  status: OrderStatus;

  @Enum({ items: () => [...PAYMENT_METHODS], type: 'string' })
  paymentMethod: PaymentMethod;

  @Property({ type: 'integer' })
  itemsTotal: number;

  @Property({ type: 'integer' })
  shippingTotal: number;

  @Property({ type: 'integer' })
  totalAmount: number;

  @Property({ type: 'json' })
  shippingAddress: ShippingAddress;

  @Property({ type: 'Date', nullable: true })
  paymentDueAt: Date | null = null;
}
