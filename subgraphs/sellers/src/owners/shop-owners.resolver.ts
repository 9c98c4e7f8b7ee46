import { isUuid, requireService } from '@kampung/shared';
import { Arg, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { SellersContext } from '../env.js';
import { Seller } from '../sellers/seller.entity.js';

@Directive('@inaccessible')
@ObjectType('ShopOwner', { description: 'Internal (orders): the user who owns a shop' })
export class ShopOwnerType {
  @Field(() => ID)
  shopId: string;

  @Field(() => ID)
  ownerUserId: string;
}

/**
 * Who to tell about a shop's orders and reviews (decision 031): the owners of the existing shops
 * among `ids`, in one query. Service tokens only; unknown or malformed ids are left out.
 */
@Resolver()
export class ShopOwnersResolver {
  @Directive('@inaccessible')
  @Query(() => [ShopOwnerType], { description: 'Internal (service token only): owners of shops by shop id' })
  async internalShopOwners(
    @Arg('ids', () => [ID]) ids: string[],
    @Ctx() ctx: SellersContext,
  ): Promise<ShopOwnerType[]> {
    requireService(ctx.viewer);
    const valid = [...new Set(ids.filter(isUuid))].slice(0, 500);
    if (!valid.length) return [];
    const shops = await ctx.em.find(Seller, { id: { $in: valid } }, { fields: ['id', 'ownerUserId'] });
    return shops.map((shop) => ({ shopId: shop.id, ownerUserId: shop.ownerUserId }));
  }
}
