import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { CreatedEntity } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { Order } from './order.entity.js';
import { SellerOrder } from './seller-order.entity.js';
import { SELLER_ORDER_STATUSES } from './order.status.js';

/** One status change of an order, or of one shop's part of it when `sellerOrder` is set. */
@Entity({ tableName: 'order_events' })
@Index({ name: 'order_events_order_created_idx', properties: ['order', 'createdAt'] })
export class OrderEvent extends CreatedEntity<'id' | 'sellerOrder' | 'actorId' | 'fromStatus' | 'note'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Order, foreignKeyName: 'order_events_order_id_fkey', updateRule: 'no action' })
  order: Order;

  @ManyToOne({
    entity: () => SellerOrder,
    nullable: true,
    foreignKeyName: 'order_events_seller_order_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  sellerOrder: SellerOrder | null = null;

  /** Null when the system made the change (e.g. an unpaid order expiring). */
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Enum({ items: () => [...SELLER_ORDER_STATUSES], type: 'string', columnType: 'varchar(20)', nullable: true })
  fromStatus: string | null = null;

  @Enum({ items: () => [...SELLER_ORDER_STATUSES], type: 'string', columnType: 'varchar(20)' })
  toStatus: string;

  @Property({ type: 'string', length: 500, nullable: true })
  note: string | null = null;
}
