import { Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export const RESERVATION_STATES = ['RESERVED', 'COMMITTED', 'RELEASED'] as const;
export type ReservationState = (typeof RESERVATION_STATES)[number];

/** Stock held for one order (orders subgraph), one row per variant. */
@Entity({ tableName: 'stock_reservations' })
@Unique({ properties: ['orderId', 'variantId'] })
export class StockReservation {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  orderId: string;

  @Property({ type: 'uuid' })
  variantId: string;

  @Property({ type: 'integer' })
  quantity: number;

  @Enum({ items: () => [...RESERVATION_STATES], type: 'string' })
  state: ReservationState;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
