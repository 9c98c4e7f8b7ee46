import type { Connection, RequestContext } from '@kampung/shared';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Order } from '../orders/order.entity.js';
import { OrderService } from '../orders/order.service.js';
import { OrderConnection } from '../orders/order.type.js';
import { UserType } from './user.type.js';

@Resolver(() => UserType)
export class UserOrdersResolver {
  @FieldResolver(() => OrderConnection, {
    nullable: true,
    description: 'Newest first; only the user themself and staff may see them; null when orders cannot be reached',
  })
  orders(
    @Root() user: UserType,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<Order>> {
    return new OrderService(ctx).ordersOf(user.id, first, after);
  }
}
