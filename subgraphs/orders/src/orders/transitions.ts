import { ConflictError, type RequestContext } from '@kampung/shared';
import { OrderEvent } from './order-event.entity.js';
import type { Order } from './order.entity.js';
import type { OrderStatus, SellerOrderStatus } from './order.status.js';
import type { SellerOrder } from './seller-order.entity.js';

type EntityManager = RequestContext['em'];

const PROGRESS: OrderStatus[] = ['PENDING_PAYMENT', 'PAID', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'COMPLETED'];
const CLOSED = new Set<SellerOrderStatus>(['CANCELLED', 'EXPIRED', 'REFUNDED']);

/** Moves an order and writes its event row (who, when, from, to). */
export function moveOrder(
  em: EntityManager,
  order: Order,
  to: OrderStatus,
  actorId: string | null,
  note: string | null = null,
): void {
  if (order.status === to) return;
  em.create(OrderEvent, { order, actorId, fromStatus: order.status, toStatus: to, note, createdAt: new Date() });
  order.status = to;
  if (to !== 'PENDING_PAYMENT') order.paymentDueAt = null;
}

/** Moves one shop's part and writes its event row. */
export function moveSellerOrder(
  em: EntityManager,
  part: SellerOrder,
  to: SellerOrderStatus,
  actorId: string | null,
  note: string | null = null,
): void {
  if (part.status === to) return;
  em.create(OrderEvent, {
    order: part.order,
    sellerOrder: part,
    actorId,
    fromStatus: part.status,
    toStatus: to,
    note,
    createdAt: new Date(),
  });
  part.status = to;
}

/** Throws a clear CONFLICT when a part is not in one of the states a step starts from. */
export function requireState(part: SellerOrder, allowed: SellerOrderStatus[], step: { id: string; en: string }): void {
  if (!allowed.includes(part.status)) {
    throw new ConflictError({
      id: `Tidak bisa ${step.id}: status pesanan ${part.status}`,
      en: `Cannot ${step.en}: the order is ${part.status}`,
    });
  }
}

/** The order follows its least advanced open part; with every part closed, it is closed too. */
export function derivedStatus(order: Order, parts: SellerOrder[]): OrderStatus {
  const open = parts.filter((part) => !CLOSED.has(part.status));
  if (open.length === 0) {
    if (parts.every((part) => part.status === 'EXPIRED')) return 'EXPIRED';
    if (parts.every((part) => part.status === 'REFUNDED')) return 'REFUNDED';
    return 'CANCELLED';
  }
  const ranks = open.map((part) =>
    PROGRESS.indexOf(part.status === 'ACCEPTED' ? 'PROCESSING' : (part.status as OrderStatus)),
  );
  return PROGRESS[Math.min(...ranks)] ?? order.status;
}
