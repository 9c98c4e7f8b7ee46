import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { CreatedEntity } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { Order } from './order.entity.js';
import { SellerOrder } from './seller-order.entity.js';

/** One status change of an order, or of one shop's part of it when `sellerOrder` is set. */
@Entity({ tableName: 'order_events' })
export class OrderEvent extends CreatedEntity<'id' | 'sellerOrder' | 'actorId' | 'fromStatus' | 'note'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Order })
  order: Order;

  @ManyToOne({ entity: () => SellerOrder, nullable: true })
  sellerOrder: SellerOrder | null = null;

  /** Null when the system made the change (e.g. an unpaid order expiring). */
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Property({ type: 'string', length: 20, nullable: true })
  fromStatus: string | null = null;

  @Property({ type: 'string', length: 20 })
  toStatus: string;

  @Property({ type: 'string', length: 500, nullable: true })
  note: string | null = null;
}
