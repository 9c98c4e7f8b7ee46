import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SellersContext } from '../env.js';
import { SellerService } from '../sellers/seller.service.js';
import { SellerType } from '../sellers/seller.type.js';
import { UserType } from './user.type.js';

@Resolver(() => UserType)
export class UserShopResolver {
  @FieldResolver(() => SellerType, {
    nullable: true,
    description: "The user's shop; before verification only the owner and staff see it",
  })
  shop(@Root() user: UserType, @Ctx() ctx: SellersContext): Promise<SellerType | null> {
    return new SellerService(ctx).shopOf(user.id);
  }
}
