import { UserInputError, validate, withUniqueCodeRetry, type RequestContext } from '@kampung/shared';
import { newOrderCode } from './order-code.js';
import { OrderEvent } from './order-event.entity.js';
import { OrderLine } from './order-line.entity.js';
import { Order } from './order.entity.js';
import type { OrderStatus } from './order.status.js';
import { MAX_RUPIAH, placeOrderSchema, type PlaceOrderInput } from './order.validation.js';
import { SellerOrder } from './seller-order.entity.js';
import { notifyBuyer, notifyShop } from '../notifications/order-notifications.js';

type EntityManager = RequestContext['em'];
type PlaceOrder = ReturnType<typeof placeOrderSchema.parse>;

export const PAYMENT_WINDOW_HOURS = 24;
const CODE_ATTEMPTS = 3;

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** Writes the order, its parts per shop, their lines and the first event in one transaction. */
export interface PlaceOptions {
  /** Checkout reserves stock under the order id before the order exists. */
  id?: string;
  paymentDueAt?: Date;
  /** More rows to write in the same transaction (the payment, emptying the cart). */
  alsoWrite?: (tx: EntityManager, order: Order) => Promise<void> | void;
}

export async function placeOrder(
  em: EntityManager,
  input: PlaceOrderInput,
  options: PlaceOptions = {},
): Promise<Order> {
  const data = validate(placeOrderSchema, input);
  // A new random code on each try: two orders drawing the same code is a collision, not an error.
  return withUniqueCodeRetry(
    () =>
      em.transactional(async (tx) => {
        const order = write(tx, data, newOrderCode(), options);
        notifyBuyer(tx, order, 'order.placed');
        await tx.flush();
        await options.alsoWrite?.(tx, order);
        return order;
      }),
    { constraint: 'orders_code_unique', attempts: CODE_ATTEMPTS },
  );
}

function write(em: EntityManager, data: PlaceOrder, code: string, options: PlaceOptions): Order {
  const parts = data.sellerOrders.map((part) => {
    const lines = part.lines.map((line) => ({ ...line, lineTotal: line.unitPrice * line.quantity }));
    return { ...part, lines, itemsTotal: sum(lines.map((line) => line.lineTotal)) };
  });
  const itemsTotal = sum(parts.map((part) => part.itemsTotal));
  const shippingTotal = sum(parts.map((part) => part.shippingFee));
  if (itemsTotal + shippingTotal > MAX_RUPIAH) {
    throw UserInputError.field('sellerOrders', { id: 'Total pesanan terlalu besar', en: 'Order total is too large' });
  }

  const now = new Date();
  const status: OrderStatus = data.status ?? (data.paymentMethod === 'COD' ? 'PROCESSING' : 'PENDING_PAYMENT');
  const order = em.create(Order, {
    ...(options.id ? { id: options.id } : {}),
    code,
    buyerId: data.buyerId,
    status,
    paymentMethod: data.paymentMethod,
    itemsTotal,
    shippingTotal,
    totalAmount: itemsTotal + shippingTotal,
    shippingAddress: data.shippingAddress,
    paymentDueAt:
      status !== 'PENDING_PAYMENT'
        ? null
        : (options.paymentDueAt ?? new Date(now.getTime() + PAYMENT_WINDOW_HOURS * 3_600_000)),
    createdAt: now,
    updatedAt: now,
  });
  for (const part of parts) {
    const sellerOrder = em.create(SellerOrder, {
      order,
      sellerId: part.sellerId,
      status,
      itemsTotal: part.itemsTotal,
      shippingFee: part.shippingFee,
      shippingOption: part.shippingOption,
      courier: part.courier ?? null,
      createdAt: now,
      updatedAt: now,
    });
    for (const line of part.lines) em.create(OrderLine, { sellerOrder, ...line });
    notifyShop(em, sellerOrder, order, 'shop.new_order');
  }
  em.create(OrderEvent, {
    order,
    actorId: data.buyerId,
    toStatus: status,
    note: 'Pesanan dibuat / Order placed',
    createdAt: now,
  });
  return order;
}
