/**
 * PENDING_PAYMENT → PAID → PROCESSING → SHIPPED → DELIVERED → COMPLETED, with CANCELLED,
 * EXPIRED and REFUNDED as side exits. Cash on delivery starts at PROCESSING. The order
 * moves on once all of its shops' parts have.
 */
export const ORDER_STATUSES = [
  'PENDING_PAYMENT',
  'PAID',
  'PROCESSING',
  'SHIPPED',
  'DELIVERED',
  'COMPLETED',
  'CANCELLED',
  'EXPIRED',
  'REFUNDED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * One shop's part: the order's states plus ACCEPTED. PROCESSING means it waits in the
 * shop's queue, ACCEPTED that the seller has confirmed it and is packing it.
 */
export const SELLER_ORDER_STATUSES = [
  'PENDING_PAYMENT',
  'PAID',
  'PROCESSING',
  'ACCEPTED',
  'SHIPPED',
  'DELIVERED',
  'COMPLETED',
  'CANCELLED',
  'EXPIRED',
  'REFUNDED',
] as const;
export type SellerOrderStatus = (typeof SELLER_ORDER_STATUSES)[number];

export const PAYMENT_METHODS = ['MIDTRANS', 'COD'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
