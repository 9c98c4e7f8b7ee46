import {
  enqueueFanout,
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

/** The seller's page of one shop's part of an order (storefront/app/routes/penjual.pesanan.$id.tsx). */
export const sellerOrderLink = (partId: string): string => `/penjual/pesanan/${partId}`;

/** The group a shop's events go to: its owner, whom sellers knows (`internalShopOwners`, decision 031). */
export const shopAudience = (shopId: string): string => `shop:${shopId}`;

/**
 * Tells the shop owner what happened to their part of an order, in the caller's transaction:
 * a group event expanded to the owner by orders' fan-out job, so the change never waits for
 * sellers. The id derives from the part and the event, as for the buyer.
 */
export function notifyShop(
  em: EntityManager,
  part: SellerOrder,
  order: Order,
  type: Extract<NotificationEventType, `shop.${string}`>,
  data: NotificationData = {},
  id: string = notificationEventId(part.id, type),
): string {
  return enqueueFanout(em, {
    id,
    type,
    audience: shopAudience(part.sellerId),
    link: sellerOrderLink(part.id),
    data: { orderCode: order.code, total: part.itemsTotal + part.shippingFee, ...data },
  });
}

/** The buyer's refund state after a seller cancels a paid part or Midtrans refunds (`order.refund`). */
export function notifyRefund(
  em: EntityManager,
  order: Order,
  part: SellerOrder | undefined,
  refundStatus: string,
  amount: number,
): string {
  return enqueueNotification(em, {
    id: notificationEventId(part ? part.id : order.id, 'order.refund', refundStatus),
    type: 'order.refund',
    recipientUserId: order.buyerId,
    link: buyerOrderLink(order.id),
    data: { orderCode: order.code, refundStatus, amount },
  });
}
