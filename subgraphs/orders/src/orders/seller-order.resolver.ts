import type { RequestContext } from '@kampung/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ProductVariantRef, SellerRef } from '../stubs.type.js';
import type { OrderLine } from './order-line.entity.js';
import { OrderService } from './order.service.js';
import type { SellerOrder } from './seller-order.entity.js';
import { OrderLineType, SellerOrderType } from './seller-order.type.js';

@Resolver(() => SellerOrderType)
export class SellerOrderResolver {
  @FieldResolver(() => SellerRef, { nullable: true, description: 'Null when sellers cannot be reached' })
  seller(@Root() sellerOrder: SellerOrder): SellerRef {
    return { id: sellerOrder.sellerId };
  }

  @FieldResolver(() => [OrderLineType])
  lines(@Root() sellerOrder: SellerOrder, @Ctx() ctx: RequestContext): Promise<OrderLine[]> {
    return new OrderService(ctx).linesOf(sellerOrder.id);
  }
}

@Resolver(() => OrderLineType)
export class OrderLineResolver {
  @FieldResolver(() => ProductVariantRef, { nullable: true, description: 'Null once products no longer has it' })
  variant(@Root() line: OrderLine): ProductVariantRef {
    return { id: line.variantId };
  }
}
