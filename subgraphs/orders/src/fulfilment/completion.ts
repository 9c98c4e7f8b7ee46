import type { RequestContext } from '@kampung/shared';
import { Order } from '../orders/order.entity.js';
import { SellerOrder } from '../orders/seller-order.entity.js';
import { derivedStatus, moveOrder, moveSellerOrder } from '../orders/transitions.js';

type EntityManager = RequestContext['em'];

/** Re-derives the order's status from its parts, writing an event when it changes. */
export async function syncOrderStatus(
  tx: EntityManager,
  order: Order,
  actorId: string | null,
  note: string | null = null,
): Promise<void> {
  const parts = await tx.find(SellerOrder, { order });
  moveOrder(tx, order, derivedStatus(order, parts), actorId, note);
}

/** Parts delivered `days` ago or longer complete on their own (the buyer did not confirm). */
export async function autoComplete(em: EntityManager, days: number): Promise<number> {
  return em.transactional(async (tx) => {
    const due = new Date(Date.now() - days * 86_400_000);
    const parts = await tx.find(
      SellerOrder,
      { status: 'DELIVERED', updatedAt: { $lt: due } },
      { limit: 50, populate: ['order'], lockMode: undefined },
    );
    const orders = new Map<string, Order>();
    for (const part of parts) {
      moveSellerOrder(tx, part, 'COMPLETED', null, 'Selesai otomatis / Completed automatically');
      orders.set(part.order.id, part.order);
    }
    await tx.flush();
    for (const order of orders.values())
      await syncOrderStatus(tx, order, null, 'Selesai otomatis / Completed automatically');
    return parts.length;
  });
}
