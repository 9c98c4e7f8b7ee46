import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { OrdersContext } from '../env.js';
import { confirmReceived } from '../fulfilment/receipt.service.js';
import type { Order } from '../orders/order.entity.js';
import type { PaymentMethod } from '../orders/order.status.js';
import { OrderType, PaymentMethodEnum } from '../orders/order.type.js';
import { Payment } from '../payments/payment.entity.js';
import { PaymentType } from '../payments/payment.type.js';
import { CheckoutInput, CheckoutResult, ShippingOptionType } from './checkout.type.js';
import { CheckoutService, type CheckoutOutcome } from './checkout.service.js';
import { SHIPPING_OPTIONS } from './shipping.js';

@Resolver(() => OrderType)
export class CheckoutResolver {
  @Query(() => [PaymentMethodEnum], { description: 'MIDTRANS only when Midtrans is configured; COD always' })
  paymentMethods(@Ctx() ctx: OrdersContext): PaymentMethod[] {
    return new CheckoutService(ctx).paymentMethods();
  }

  @Query(() => [ShippingOptionType], { description: 'Per shop: flat rates, or pickup in the village' })
  shippingOptions(): ShippingOptionType[] {
    return SHIPPING_OPTIONS.map((option) => ({ ...option }));
  }

  @Mutation(() => CheckoutResult, { description: "Turns the signed-in buyer's cart into an order (one part per shop)" })
  checkout(
    @Arg('input', () => CheckoutInput) input: CheckoutInput,
    @Ctx() ctx: OrdersContext,
  ): Promise<CheckoutOutcome> {
    return new CheckoutService(ctx).checkout(input);
  }

  @Mutation(() => OrderType, { description: 'The buyer has received the goods: delivered parts complete' })
  confirmOrderReceived(@Arg('orderId', () => ID) orderId: string, @Ctx() ctx: OrdersContext): Promise<Order> {
    return confirmReceived(ctx, orderId);
  }

  @FieldResolver(() => PaymentType, { nullable: true })
  payment(@Root() order: Order, @Ctx() ctx: OrdersContext): Promise<Payment | null> {
    return ctx.loaders
      .get<string, Payment | null>('Payment.byOrder', async (ids) => {
        const rows = await ctx.em.find(Payment, { orderId: { $in: [...ids] } });
        return ids.map((id) => rows.find((row) => row.orderId === id) ?? null);
      })
      .load(order.id);
  }
}
