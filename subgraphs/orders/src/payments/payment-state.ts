import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '@kampung/shared';
import type { ProductsClient } from '../clients/products.client.js';
import { Order } from '../orders/order.entity.js';
import type { OrderStatus } from '../orders/order.status.js';
import { moveOrder, moveSellerOrder } from '../orders/transitions.js';
import { SellerOrder } from '../orders/seller-order.entity.js';
import { notifyBuyer, notifyRefund, notifyShop } from '../notifications/order-notifications.js';
import { Payment, type PaymentStatus } from './payment.entity.js';

type EntityManager = RequestContext['em'];
export type PaymentTarget = 'PAID' | 'CANCELLED' | 'EXPIRED' | 'REFUNDED';
export type Outcome = 'APPLIED' | 'DUPLICATE' | 'IGNORED' | 'UNKNOWN_ORDER';

const PAYMENT_STATUS: Record<PaymentTarget, PaymentStatus> = {
  PAID: 'PAID',
  CANCELLED: 'FAILED',
  EXPIRED: 'EXPIRED',
  REFUNDED: 'REFUNDED',
};
/** What the buyer hears of each outcome (a refund's message belongs to the refund work). */
const BUYER_EVENT: Partial<Record<PaymentTarget, 'order.paid' | 'order.payment_expired'>> = {
  PAID: 'order.paid',
  EXPIRED: 'order.payment_expired',
};
const REFUNDABLE = new Set<OrderStatus>(['PAID', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'COMPLETED']);

/** Midtrans transaction_status (+ fraud_status) → where the order goes; null: nothing to do yet. */
export function targetOf(transactionStatus: string, fraudStatus: string | undefined): PaymentTarget | null {
  switch (transactionStatus) {
    case 'settlement':
      return 'PAID';
    case 'capture':
      return fraudStatus === 'accept' ? 'PAID' : null;
    case 'expire':
      return 'EXPIRED';
    case 'cancel':
    case 'deny':
      return 'CANCELLED';
    case 'refund':
    case 'partial_refund':
      return 'REFUNDED';
    default:
      return null;
  }
}

/**
 * Applies a payment outcome, forward only, under a row lock on the order: unpaid orders may
 * become PAID, CANCELLED or EXPIRED; paid ones REFUNDED. Anything else (a repeat, a late
 * `pending`, an `expire` after `settlement`) changes nothing. Stock is committed or released
 * before the order row changes, inside the lock (both calls are idempotent).
 */
export async function applyPaymentOutcome(
  em: EntityManager,
  products: ProductsClient,
  orderId: string,
  target: PaymentTarget,
  details: { actorId?: string | null; note?: string | null; transactionStatus?: string } = {},
): Promise<Outcome> {
  return em.fork().transactional(async (tx) => {
    const order = await tx.findOne(Order, { id: orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!order) return 'UNKNOWN_ORDER';
    if (order.status === target) return 'DUPLICATE';
    const allowed =
      order.status === 'PENDING_PAYMENT'
        ? target !== 'REFUNDED'
        : target === 'REFUNDED' && REFUNDABLE.has(order.status);
    if (!allowed) return 'IGNORED';

    if (target === 'PAID') await products.commit(order.id);
    else if (target !== 'REFUNDED') await products.release(order.id);

    const parts = await tx.find(SellerOrder, { order }, { populate: ['order'] });
    const actorId = details.actorId ?? null;
    const note = details.note ?? null;
    for (const part of parts) {
      if (target === 'REFUNDED' && ['CANCELLED', 'EXPIRED'].includes(part.status)) continue;
      moveSellerOrder(tx, part, target, actorId, note);
      if (target === 'PAID') notifyShop(tx, part, order, 'shop.order_paid');
    }
    if (target === 'REFUNDED') notifyRefund(tx, order, undefined, 'REFUNDED', order.totalAmount);
    moveOrder(tx, order, target, actorId, note);
    const event = BUYER_EVENT[target];
    if (event) notifyBuyer(tx, order, event);
    const payment = await tx.findOne(Payment, { orderId: order.id });
    if (payment) {
      payment.status = PAYMENT_STATUS[target];
      if (details.transactionStatus) payment.transactionStatus = details.transactionStatus;
    }
    return 'APPLIED';
  });
}
