import {
  enqueueNotification,
  notificationEventId,
  type NotificationData,
  type NotificationEventType,
  type RequestContext,
} from '@kampung/shared';
import type { Order } from '../orders/order.entity.js';
import type { SellerOrder } from '../orders/seller-order.entity.js';

type EntityManager = RequestContext['em'];

/** The buyer's order page in the storefront (storefront/app/routes/akun.pesanan.$id.tsx). */
export const buyerOrderLink = (orderId: string): string => `/akun/pesanan/${orderId}`;

/**
 * Tells the buyer what happened to their order, in the caller's transaction (decision 028). The
 * id is derived from the order (or shop part) and the transition, so a transition applied twice
 * (a repeated payment notification, a retried job) gives the receiver the same event id.
 */
export function notifyBuyer(
  em: EntityManager,
  order: Order,
  type: Extract<NotificationEventType, `order.${string}`>,
  data: NotificationData = {},
  part?: SellerOrder,
): string {
  return enqueueNotification(em, {
    id: notificationEventId(part ? part.id : order.id, type),
    type,
    recipientUserId: order.buyerId,
    link: buyerOrderLink(order.id),
    data: { orderCode: order.code, totalRupiah: order.totalAmount, ...data },
  });
}
