import type { RequestContext } from '@kampung/shared';
import { SellerOrder } from '../orders/seller-order.entity.js';
import { notifyBuyer } from './order-notifications.js';

type EntityManager = RequestContext['em'];

/** Parts delivered longer ago than this many days past the reminder day are not reminded any more. */
const LATE_DAYS = 14;

/**
 * `order.review_reminder` (decision 031): `days` days after a part was delivered, its buyer is
 * asked once to review it, unless they already reviewed a line of it. Marked on the part in the
 * same transaction; the event id derives from the part. Returns the parts reminded.
 */
export async function remindReviews(em: EntityManager, days: number, now = new Date()): Promise<number> {
  return em.transactional(async (tx) => {
    const rows = await tx.execute<{ id: string }[]>(
      `select so.id from "orders"."seller_orders" so
        where so.status in ('DELIVERED', 'COMPLETED') and so.review_reminded_at is null
          and exists (select 1 from "orders"."order_events" e
                       where e.seller_order_id = so.id and e.to_status = 'DELIVERED'
                         and e.created_at <= ?::timestamptz - ? * interval '1 day'
                         and e.created_at > ?::timestamptz - ? * interval '1 day')
          and not exists (select 1 from "orders"."order_lines" l join "orders"."reviews" r on r.order_line_id = l.id
                           where l.seller_order_id = so.id)
        order by so.updated_at limit 50 for update of so skip locked`,
      [now, days, now, days + LATE_DAYS],
    );
    if (!rows.length) return 0;
    const parts = await tx.find(SellerOrder, { id: { $in: rows.map((row) => row.id) } }, { populate: ['order'] });
    for (const part of parts) {
      part.reviewRemindedAt = now;
      notifyBuyer(tx, part.order, 'order.review_reminder', {}, part);
    }
    return parts.length;
  });
}
