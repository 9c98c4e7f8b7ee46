import { DEFAULT_PAGE_SIZE, type Connection } from '@kampung/shared';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ProductsContext } from '../env.js';
import { ProductService } from '../products/product.service.js';
import { ProductConnection, type ProductType } from '../products/product.type.js';
import { SellerType } from './seller.type.js';

@Resolver(() => SellerType)
export class SellerProductsResolver {
  @FieldResolver(() => ProductConnection, {
    nullable: true,
    description: "The shop's active products, newest first; null when products cannot be reached",
  })
  products(
    @Root() seller: SellerType,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: ProductsContext,
  ): Promise<Connection<ProductType>> {
    const products = new ProductService(ctx);
    return after ? products.list({ sellerId: seller.id }, first, after) : products.firstPageOfSeller(seller.id, first);
  }
}
