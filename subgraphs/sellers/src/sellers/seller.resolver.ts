import { DEFAULT_PAGE_SIZE, requireService, type Connection } from '@kampung/shared';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { SellersContext } from '../env.js';
import { UserType } from '../users/user.type.js';
import { SellerService } from './seller.service.js';
import { RegisterShopInput, SellerConnection, SellerType } from './seller.type.js';

@Resolver(() => SellerType)
export class SellerResolver {
  @Query(() => SellerType, { nullable: true, description: 'A verified shop; the owner and staff also see it before verification' })
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

  @Mutation(() => SellerType, { description: 'Opens a shop for the signed-in user, pending verification; grants the SELLER role' })
  registerShop(@Arg('input', () => RegisterShopInput) input: RegisterShopInput, @Ctx() ctx: SellersContext): Promise<SellerType> {
    return new SellerService(ctx).register(input);
  }

  @Directive('@inaccessible')
  @Query(() => SellerType, { nullable: true, description: 'Internal (service token only); hidden from the public API' })
  internalShopByOwner(@Arg('userId', () => ID) userId: string, @Ctx() ctx: SellersContext): Promise<SellerType | null> {
    requireService(ctx.viewer);
    return new SellerService(ctx).ownedBy(userId);
  }

  @FieldResolver(() => UserType)
  owner(@Root() seller: SellerType): UserType {
    return { id: seller.ownerUserId };
  }
}
