import { Check, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { CreatedEntity, TimestampedEntity } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { PAYMENT_METHODS, type PaymentMethod } from '../orders/order.status.js';

export const PAYMENT_STATUSES = ['PENDING', 'PAID', 'FAILED', 'EXPIRED', 'REFUNDED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** One payment per order. */
@Entity({ tableName: 'payments' })
@Check({ name: 'payments_amount_check', expression: 'amount >= 0' })
export class Payment extends TimestampedEntity<'id' | 'snapToken' | 'redirectUrl' | 'transactionStatus'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', unique: true })
  orderId: string;

  @Enum({ items: () => [...PAYMENT_METHODS], type: 'string', columnType: 'varchar(10)' })
  method: PaymentMethod;

  @Enum({ items: () => [...PAYMENT_STATUSES], type: 'string', columnType: 'varchar(10)' })
  status: PaymentStatus;

  @Property({ type: 'integer' })
  amount: number;

  @Property({ type: 'string', length: 100, nullable: true })
  snapToken: string | null = null;

  @Property({ type: 'text', nullable: true })
  redirectUrl: string | null = null;

  /** Midtrans's last confirmed transaction_status. */
  @Property({ type: 'string', length: 30, nullable: true })
  transactionStatus: string | null = null;
}

/** Every Midtrans notification as received, with what it did. */
@Entity({ tableName: 'payment_notifications' })
@Index({ name: 'payment_notifications_order_idx', properties: ['orderId', 'createdAt'] })
export class PaymentNotification extends CreatedEntity<'id'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64, nullable: true })
  orderId: string | null;

  @Property({ type: 'string', length: 30, nullable: true })
  transactionStatus: string | null;

  @Property({ type: 'boolean' })
  signatureValid: boolean;

  /** APPLIED, DUPLICATE, IGNORED, BAD_SIGNATURE, AMOUNT_MISMATCH, UNKNOWN_ORDER, STATUS_CHECK_FAILED, BAD_REQUEST */
  @Property({ type: 'string', length: 30 })
  outcome: string;

  @Property({ type: 'json' })
  payload: Record<string, unknown>;
}
