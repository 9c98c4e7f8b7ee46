import { Arg, Ctx, Directive, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { ProductsContext } from '../env.js';
import type { SellerStatusValue } from './seller-status.entity.js';
import { SellerStatusService } from './seller-status.service.js';
import { VerificationStatusEnum } from './seller-status.type.js';

@Resolver()
export class SellerStatusResolver {
  @Directive('@inaccessible')
  @Mutation(() => Boolean, {
    description:
      "Internal (sellers' status outbox): a shop's status, owner and village (name and code) as of `version`; hides or shows its products. " +
      'Idempotent; false when a newer version is already known (nothing changed)',
  })
  internalSetSellerStatus(
    @Arg('sellerId', () => ID) sellerId: string,
    @Arg('ownerUserId', () => ID) ownerUserId: string,
    @Arg('status', () => VerificationStatusEnum) status: SellerStatusValue,
    @Arg('village', () => String) village: string,
    @Arg('villageCode', () => String, { description: "Kemendagri code of the shop's village" }) villageCode: string,
    @Arg('version', () => Int, { description: "sellers' outbox sequence: larger is newer" }) version: number,
    @Ctx() ctx: ProductsContext,
  ): Promise<boolean> {
    return new SellerStatusService(ctx).set({ sellerId, ownerUserId, status, village, villageCode, version });
  }
}
