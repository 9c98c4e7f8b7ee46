import type { Connection, RequestContext } from '@kampung/shared';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { UserType } from '../users/user.type.js';
import type { OrderEvent } from './order-event.entity.js';
import type { Order } from './order.entity.js';
import { OrderService } from './order.service.js';
import { OrderConnection, OrderEventType, OrderType } from './order.type.js';
import type { SellerOrder } from './seller-order.entity.js';
import { SellerOrderType } from './seller-order.type.js';

@Resolver(() => OrderType)
export class OrderResolver {
  @Query(() => OrderConnection, { description: "The signed-in buyer's orders, newest first" })
  myOrders(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<Order>> {
    return new OrderService(ctx).myOrders(first, after);
  }

  @Query(() => OrderType, { nullable: true, description: 'For its buyer and staff; NOT_FOUND for anyone else' })
  order(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Order> {
    return new OrderService(ctx).order(id);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Null when accounts cannot be reached' })
  buyer(@Root() order: Order): UserType {
    return { id: order.buyerId };
  }

  @FieldResolver(() => [SellerOrderType])
  sellerOrders(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<SellerOrder[]> {
    return new OrderService(ctx).sellerOrdersOf(order.id);
  }

  @FieldResolver(() => [OrderEventType], { description: 'Oldest first' })
  events(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<OrderEvent[]> {
    return new OrderService(ctx).eventsOf(order.id);
  }
}

@Resolver(() => OrderEventType)
export class OrderEventResolver {
  @FieldResolver(() => ID, { nullable: true, description: "Set when the change was to one shop's part" })
  sellerOrderId(@Root() event: OrderEvent): string | null {
    return event.sellerOrder?.id ?? null;
  }
}
