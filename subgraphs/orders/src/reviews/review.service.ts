import {
  ConflictError,
  isUuid,
  NotFoundError,
  requirePerson,
  UserInputError,
  notificationEventId,
  violatedUniqueConstraint,
} from '@kampung/shared';
import { notifyShop } from '../notifications/order-notifications.js';
import type { OrdersContext } from '../env.js';
import { OrderLine } from '../orders/order-line.entity.js';
import { Review } from './review.entity.js';
import type { ProductRatingType } from './review.type.js';

export class ReviewService {
  constructor(private readonly context: OrdersContext) {}

  /** The buyer of a completed part rates one of its lines, once. */
  async review(orderLineId: string, rating: number, comment: string | null): Promise<Review> {
    const viewer = requirePerson(this.context.viewer);
    if (!Number.isInteger(rating) || rating < 1 || rating > 5)
      throw UserInputError.field('rating', { id: 'Nilai 1–5', en: 'Rating must be 1–5' });
    const text = comment?.trim() || null;
    if (text && text.length > 2000)
      throw UserInputError.field('comment', { id: 'Maksimal 2000 karakter', en: 'At most 2000 characters' });
    const line = isUuid(orderLineId)
      ? await this.context.em.findOne(OrderLine, { id: orderLineId }, { populate: ['sellerOrder.order'] })
      : null;
    if (!line || line.sellerOrder.order.buyerId !== viewer.userId)
      throw new NotFoundError({ id: 'Barang pesanan', en: 'Order line' });
    if (line.sellerOrder.status !== 'COMPLETED') {
      throw new ConflictError({
        id: 'Ulasan hanya untuk pesanan yang sudah selesai',
        en: 'Only completed orders can be reviewed',
      });
    }
    const review = this.context.em.create(Review, {
      orderLineId: line.id,
      productId: line.productId,
      buyerId: viewer.userId,
      rating,
      comment: text,
    });
    notifyShop(
      this.context.em,
      line.sellerOrder,
      line.sellerOrder.order,
      'shop.new_review',
      {
        productName: line.title,
        rating,
      },
      notificationEventId(line.id, 'shop.new_review'),
    );
    try {
      await this.context.em.flush();
    } catch (error) {
      if (violatedUniqueConstraint(error))
        throw new ConflictError({ id: 'Barang ini sudah Anda ulas', en: 'You already reviewed this item' });
      throw error;
    }
    return review;
  }

  /** Batched: one query for every product on the page. Average = exact sum / count. */
  rating(productId: string): Promise<ProductRatingType> {
    return this.context.loaders
      .get<string, ProductRatingType>('Rating.byProduct', async (ids) => {
        const valid = ids.filter(isUuid);
        const rows =
          valid.length === 0
            ? []
            : await this.context.em.execute<{ product_id: string; total: string; count: string }[]>(
                'select product_id, sum(rating)::bigint as total, count(*)::bigint as count from "orders"."reviews" where product_id in (' +
                  valid.map(() => '?').join(', ') +
                  ') group by product_id',
                valid,
              );
        const map = new Map(
          rows.map((row) => [row.product_id, { total: Number(row.total), count: Number(row.count) }]),
        );
        return ids.map((id) => {
          const found = map.get(id);
          return found ? { average: found.total / found.count, count: found.count } : { average: null, count: 0 };
        });
      })
      .load(productId);
  }

  reviewedLines(lineIds: string): Promise<boolean> {
    return this.context.loaders
      .get<string, boolean>('Review.byLine', async (ids) => {
        const rows = await this.context.em.find(Review, { orderLineId: { $in: [...ids] } });
        const set = new Set(rows.map((row) => row.orderLineId));
        return ids.map((id) => set.has(id));
      })
      .load(lineIds);
  }
}
