import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { OrdersContext } from '../env.js';
import { CartService } from './cart.service.js';
import { CartType } from './cart.type.js';

@Resolver(() => CartType)
export class CartResolver {
  @Query(() => CartType, { nullable: true, description: "The signed-in buyer's cart, or a guest's by its token" })
  async cart(
    @Arg('token', () => String, { nullable: true }) token: string | null,
    @Ctx() ctx: OrdersContext,
  ): Promise<CartType | null> {
    const service = new CartService(ctx);
    return service.view(await service.find(token));
  }

  @Mutation(() => CartType, { description: 'Creates the cart when needed (a guest gets a new token back)' })
  addToCart(
    @Arg('variantId', () => ID) variantId: string,
    @Arg('quantity', () => Int, { defaultValue: 1 }) quantity: number,
    @Arg('token', () => String, { nullable: true }) token: string | null,
    @Ctx() ctx: OrdersContext,
  ): Promise<CartType> {
    return new CartService(ctx).add(token, variantId, quantity);
  }

  @Mutation(() => CartType, { description: 'Quantity 0 removes the line; also confirms a changed price' })
  updateCartLine(
    @Arg('lineId', () => ID) lineId: string,
    @Arg('quantity', () => Int) quantity: number,
    @Arg('token', () => String, { nullable: true }) token: string | null,
    @Ctx() ctx: OrdersContext,
  ): Promise<CartType> {
    return new CartService(ctx).update(token, lineId, quantity);
  }

  @Mutation(() => CartType)
  removeCartLine(
    @Arg('lineId', () => ID) lineId: string,
    @Arg('token', () => String, { nullable: true }) token: string | null,
    @Ctx() ctx: OrdersContext,
  ): Promise<CartType> {
    return new CartService(ctx).remove(token, lineId);
  }

  @Mutation(() => CartType, { description: "After sign-in: moves a guest cart's lines into the buyer's cart" })
  mergeCart(@Arg('guestToken', () => String) guestToken: string, @Ctx() ctx: OrdersContext): Promise<CartType> {
    return new CartService(ctx).merge(guestToken);
  }
}
