import { Check, Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TimestampedEntity } from '@kampung/shared';
import { randomUUID } from 'node:crypto';

export const RESERVATION_STATES = ['RESERVED', 'COMMITTED', 'RELEASED'] as const;
export type ReservationState = (typeof RESERVATION_STATES)[number];

/** Stock held for one order (orders subgraph), one row per variant. */
@Entity({ tableName: 'stock_reservations' })
@Unique({ name: 'stock_reservations_order_variant_unique', properties: ['orderId', 'variantId'] })
@Check({ name: 'stock_reservations_quantity_check', expression: 'quantity > 0' })
export class StockReservation extends TimestampedEntity<'id'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  orderId: string;

  @Property({ type: 'uuid' })
  variantId: string;

  @Property({ type: 'integer' })
  quantity: number;

  @Enum({ items: () => [...RESERVATION_STATES], type: 'string', columnType: 'varchar(12)' })
  state: ReservationState;
}
