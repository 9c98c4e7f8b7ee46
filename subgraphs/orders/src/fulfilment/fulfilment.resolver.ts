import type { Connection } from '@kampung/shared';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { OrdersContext } from '../env.js';
import type { OrderEvent } from '../orders/order-event.entity.js';
import type { SellerOrderStatus } from '../orders/order.status.js';
import { OrderEventType, PaymentMethodEnum, SellerOrderStatusEnum, ShippingAddressType } from '../orders/order.type.js';
import type { PaymentMethod } from '../orders/order.status.js';
import { OrderService } from '../orders/order.service.js';
import type { SellerOrder } from '../orders/seller-order.entity.js';
import { SellerOrderConnection, SellerOrderType } from '../orders/seller-order.type.js';
import { FulfilmentService } from './fulfilment.service.js';

@Resolver(() => SellerOrderType)
export class FulfilmentResolver {
  @Query(() => SellerOrderConnection, {
    description: "The signed-in seller's shop orders (paid or cash on delivery), newest first",
  })
  sellerInbox(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('status', () => SellerOrderStatusEnum, { nullable: true }) status: SellerOrderStatus | null,
    @Ctx() ctx: OrdersContext,
  ): Promise<Connection<SellerOrder>> {
    return new FulfilmentService(ctx).inbox(first, after, status);
  }

  @Query(() => SellerOrderType, { description: "One of the seller's own shop orders; NOT_FOUND for any other" })
  sellerOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: OrdersContext): Promise<SellerOrder> {
    return new FulfilmentService(ctx).get(id);
  }

  @Mutation(() => SellerOrderType)
  acceptSellerOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: OrdersContext): Promise<SellerOrder> {
    return new FulfilmentService(ctx).accept(id);
  }

  @Mutation(() => SellerOrderType)
  shipSellerOrder(
    @Arg('id', () => ID) id: string,
    @Arg('courier', () => String) courier: string,
    @Arg('trackingNumber', () => String) trackingNumber: string,
    @Ctx() ctx: OrdersContext,
  ): Promise<SellerOrder> {
    return new FulfilmentService(ctx).ship(id, courier, trackingNumber);
  }

  @Mutation(() => SellerOrderType, {
    description: 'Delivered; for cash on delivery this also records the cash as paid',
  })
  deliverSellerOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: OrdersContext): Promise<SellerOrder> {
    return new FulfilmentService(ctx).deliver(id);
  }

  @Mutation(() => SellerOrderType, {
    description: 'Before shipping only; gives the stock back and records a refund when it was paid online',
  })
  cancelSellerOrder(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: OrdersContext,
  ): Promise<SellerOrder> {
    return new FulfilmentService(ctx).cancel(id, reason);
  }

  @FieldResolver(() => String, { description: "The order's code" })
  orderCode(@Root() part: SellerOrder): string {
    return part.order.code;
  }

  @FieldResolver(() => ID)
  orderId(@Root() part: SellerOrder): string {
    return part.order.id;
  }

  @FieldResolver(() => PaymentMethodEnum)
  paymentMethod(@Root() part: SellerOrder): PaymentMethod {
    return part.order.paymentMethod;
  }

  @FieldResolver(() => ShippingAddressType, { description: 'Where to send it' })
  shippingAddress(@Root() part: SellerOrder): ShippingAddressType {
    return part.order.shippingAddress;
  }

  @FieldResolver(() => [OrderEventType], { description: "This part's own status changes, oldest first" })
  async events(@Root() part: SellerOrder, @Ctx() ctx: OrdersContext): Promise<OrderEvent[]> {
    const all = await new OrderService(ctx).eventsOf(part.order.id);
    return all.filter((event) => event.sellerOrder?.id === part.id);
  }
}
