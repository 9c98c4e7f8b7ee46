import { DEFAULT_PAGE_SIZE, requireService, type Connection } from '@kampung/shared';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { SellersContext } from '../env.js';
import { UserType } from '../users/user.type.js';
import { SellerService } from './seller.service.js';
import { SellerReviewService } from './seller-review.service.js';
import { VerificationStatusEnum } from './seller.type.js';
import type { VerificationStatus } from './seller.entity.js';
import { RegisterShopInput, SellerConnection, SellerType, UpdateShopInput, VillageRef } from './seller.type.js';

@Resolver(() => SellerType)
export class SellerResolver {
  @Query(() => SellerType, {
    nullable: true,
    description: 'A verified shop; the owner and staff also see it before verification',
  })
  seller(@Arg('slug', () => String) slug: string, @Ctx() ctx: SellersContext): Promise<SellerType> {
    return new SellerService(ctx).bySlug(slug);
  }

  @Query(() => SellerConnection, { description: 'Verified shops, newest first' })
  sellers(
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: SellersContext,
  ): Promise<Connection<SellerType>> {
    return new SellerService(ctx).list(first, after);
  }

  @Mutation(() => SellerType, {
    description: 'Opens a shop for the signed-in user, pending verification; grants the SELLER role',
  })
  registerShop(
    @Arg('input', () => RegisterShopInput) input: RegisterShopInput,
    @Ctx() ctx: SellersContext,
  ): Promise<SellerType> {
    return new SellerService(ctx).register(input);
  }

  @Query(() => SellerType, { nullable: true, description: "The signed-in user's own shop, any status" })
  myShop(@Ctx() ctx: SellersContext): Promise<SellerType | null> {
    return new SellerService(ctx).mine();
  }

  @Query(() => SellerConnection, { description: 'Staff only: shops in a status (default PENDING), newest first' })
  shopsForReview(
    @Arg('status', () => VerificationStatusEnum, { nullable: true }) status: VerificationStatus | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: SellersContext,
  ): Promise<Connection<SellerType>> {
    return new SellerReviewService(ctx).queue(status, first, after);
  }

  @Mutation(() => SellerType, { description: "Only the owner: changes the signed-in user's shop" })
  updateShop(
    @Arg('input', () => UpdateShopInput) input: UpdateShopInput,
    @Ctx() ctx: SellersContext,
  ): Promise<SellerType> {
    return new SellerService(ctx).update(input);
  }

  @Mutation(() => SellerType, { description: 'Staff: a PENDING or REJECTED shop becomes VERIFIED' })
  verifyShop(@Arg('id', () => ID) id: string, @Ctx() ctx: SellersContext): Promise<SellerType> {
    return new SellerReviewService(ctx).act('verify', id);
  }

  @Mutation(() => SellerType, { description: 'Staff: a PENDING shop is REJECTED with a reason the seller sees' })
  rejectShop(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: SellersContext,
  ): Promise<SellerType> {
    return new SellerReviewService(ctx).act('reject', id, reason);
  }

  @Mutation(() => SellerType, {
    description: 'Staff: a VERIFIED shop is SUSPENDED; its products leave listings and search at once',
  })
  suspendShop(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: SellersContext,
  ): Promise<SellerType> {
    return new SellerReviewService(ctx).act('suspend', id, reason);
  }

  @Mutation(() => SellerType, { description: 'Staff: a SUSPENDED shop is VERIFIED again' })
  restoreShop(@Arg('id', () => ID) id: string, @Ctx() ctx: SellersContext): Promise<SellerType> {
    return new SellerReviewService(ctx).act('restore', id);
  }

  @Directive('@inaccessible')
  @Query(() => SellerType, { nullable: true, description: 'Internal (service token only); hidden from the public API' })
  internalShopByOwner(@Arg('userId', () => ID) userId: string, @Ctx() ctx: SellersContext): Promise<SellerType | null> {
    requireService(ctx.viewer);
    return new SellerService(ctx).ownedBy(userId);
  }

  @FieldResolver(() => VillageRef, {
    nullable: true,
    description:
      "The shop's village office (places resolves its name, district, head, …); null when places cannot be reached",
  })
  homeVillage(@Root() seller: SellerType): VillageRef {
    return { code: seller.villageCode };
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Null when accounts cannot be reached' })
  owner(@Root() seller: SellerType): UserType {
    return { id: seller.ownerUserId };
  }
}
