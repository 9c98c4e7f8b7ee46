import type { RequestContext } from '@kampung/shared';
import { Arg, Ctx, Directive, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ReservationService } from './reservation.service.js';
import { InternalVariantType, ReservationLineInput, StockReservationResult } from './reservation.type.js';

/** Internal operations for the orders subgraph (service token only, hidden from the gateway). */
@Resolver()
export class ReservationResolver {
  @Directive('@inaccessible')
  @Query(() => [InternalVariantType], { description: 'Internal: current price, stock and shop of variants' })
  internalVariants(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext): Promise<InternalVariantType[]> {
    return new ReservationService(ctx).variants(ids);
  }

  @Directive('@inaccessible')
  @Mutation(() => StockReservationResult, {
    description: 'Internal: hold stock for an order, all lines or none, idempotent by order id',
  })
  internalReserveStock(
    @Arg('orderId', () => ID) orderId: string,
    @Arg('lines', () => [ReservationLineInput]) lines: ReservationLineInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<StockReservationResult> {
    return new ReservationService(ctx).reserve(orderId, lines);
  }

  @Directive('@inaccessible')
  @Mutation(() => StockReservationResult, { description: 'Internal: the order was paid' })
  internalCommitStock(
    @Arg('orderId', () => ID) orderId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<StockReservationResult> {
    return new ReservationService(ctx).commit(orderId);
  }

  @Directive('@inaccessible')
  @Mutation(() => StockReservationResult, {
    description: 'Internal: give the stock back (all variants, or those listed)',
  })
  internalReleaseStock(
    @Arg('orderId', () => ID) orderId: string,
    @Arg('variantIds', () => [ID], { nullable: true }) variantIds: string[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<StockReservationResult> {
    return new ReservationService(ctx).release(orderId, variantIds ?? null);
  }
}
