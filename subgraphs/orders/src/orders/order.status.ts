export const ORDER_STATUSES = [
  'PENDING_PAYMENT', 'PAID', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'EXPIRED', 'REFUNDED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * One shop's fulfilment state: the order's states plus ACCEPTED, the seller's promise to
 * fulfil a paid (or cash-on-delivery) order before packing it (PROCESSING).
 */
export const SELLER_ORDER_STATUSES = [
  'PENDING_PAYMENT', 'PAID', 'ACCEPTED', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'EXPIRED', 'REFUNDED',
] as const;
export type SellerOrderStatus = (typeof SELLER_ORDER_STATUSES)[number];

export const PAYMENT_METHODS = ['MIDTRANS', 'COD'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
