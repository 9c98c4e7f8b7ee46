import { Arg, Ctx, Directive, ID, Mutation, Resolver } from 'type-graphql';
import type { ProductsContext } from '../env.js';
import { SellerStatusService } from './seller-status.service.js';
import type { SellerStatusValue } from './seller-status.entity.js';

@Resolver()
export class SellerStatusResolver {
  @Directive('@inaccessible')
  @Mutation(() => Boolean, {
    description: "Internal (sellers' service token): a shop's status changed; hides or shows its products at once",
  })
  internalSetSellerStatus(
    @Arg('sellerId', () => ID) sellerId: string,
    @Arg('status', () => String) status: string,
    @Arg('village', () => String, { nullable: true }) village: string | null,
    @Ctx() ctx: ProductsContext,
  ): Promise<boolean> {
    return new SellerStatusService(ctx).set(sellerId, status as SellerStatusValue, village);
  }
}
