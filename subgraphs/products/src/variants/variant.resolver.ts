import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ProductsContext } from '../env.js';
import { ProductService } from '../products/product.service.js';
import { ProductType } from '../products/product.type.js';
import { ProductVariantType } from './variant.type.js';

@Resolver(() => ProductVariantType)
export class VariantResolver {
  @FieldResolver(() => ProductType)
  product(@Root() variant: ProductVariantType, @Ctx() ctx: ProductsContext): Promise<ProductType> {
    return new ProductService(ctx).ofVariant(variant.productId);
  }
}
