import { LockMode } from '@mikro-orm/core';
import { ConflictError, isUuid, NotFoundError, requirePerson } from '@kampung/shared';
import type { OrdersContext } from '../env.js';
import { Order } from '../orders/order.entity.js';
import { SellerOrder } from '../orders/seller-order.entity.js';
import { notifyShop } from '../notifications/order-notifications.js';
import { moveSellerOrder } from '../orders/transitions.js';
import { syncOrderStatus } from './completion.js';

/** The buyer confirms receipt: every delivered part of their order completes. */
export async function confirmReceived(context: OrdersContext, orderId: string): Promise<Order> {
  const viewer = requirePerson(context.viewer);
  if (!isUuid(orderId)) throw new NotFoundError({ id: 'Pesanan', en: 'Order' });
  await context.em.transactional(async (tx) => {
    const order = await tx.findOne(
      Order,
      { id: orderId, buyerId: viewer.userId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!order) throw new NotFoundError({ id: 'Pesanan', en: 'Order' });
    const delivered = await tx.find(SellerOrder, { order, status: 'DELIVERED' });
    if (delivered.length === 0) {
      throw new ConflictError({
        id: `Belum ada barang yang diterima (status ${order.status})`,
        en: `Nothing has been delivered yet (status ${order.status})`,
      });
    }
    for (const part of delivered) {
      moveSellerOrder(tx, part, 'COMPLETED', viewer.userId, 'Diterima pembeli / Received by the buyer');
      notifyShop(tx, part, order, 'shop.receipt_confirmed');
    }
    await tx.flush();
    await syncOrderStatus(tx, order, viewer.userId);
  });
  context.em.clear();
  return (await context.em.findOne(Order, { id: orderId }))!;
}
