import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { OrderLine } from '../orders/order-line.entity.js';
import { OrderLineType } from '../orders/seller-order.type.js';
import type { OrdersContext } from '../env.js';
import type { Review } from './review.entity.js';
import { ReviewService } from './review.service.js';
import { ProductRatingType, ProductType, ReviewType } from './review.type.js';

@Resolver(() => ProductType)
export class ProductRatingResolver {
  @FieldResolver(() => ProductRatingType, {
    nullable: true,
    description: 'From buyers’ reviews of completed orders; null when orders cannot be reached',
  })
  rating(@Root() product: ProductType, @Ctx() ctx: OrdersContext): Promise<ProductRatingType> {
    return new ReviewService(ctx).rating(product.id);
  }
}

@Resolver(() => ReviewType)
export class ReviewResolver {
  @Mutation(() => ReviewType, { description: 'Rate (1–5) a product from a completed order, once per order line' })
  reviewOrderLine(
    @Arg('orderLineId', () => ID) orderLineId: string,
    @Arg('rating', () => Int) rating: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: OrdersContext,
  ): Promise<Review> {
    return new ReviewService(ctx).review(orderLineId, rating, comment);
  }
}

@Resolver(() => OrderLineType)
export class OrderLineReviewResolver {
  @FieldResolver(() => Boolean, { description: 'The buyer has already reviewed this line' })
  reviewed(@Root() line: OrderLine, @Ctx() ctx: OrdersContext): Promise<boolean> {
    return new ReviewService(ctx).reviewedLines(line.id);
  }
}
