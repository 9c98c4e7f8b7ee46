import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { ProductsContext } from '../env.js';
import { ProductService } from '../products/product.service.js';
import { ProductType } from '../products/product.type.js';
import { StockService } from '../stock/stock.service.js';
import { StockAdjustmentType } from '../stock/stock.type.js';
import { ProductVariantType } from './variant.type.js';

@Resolver(() => ProductVariantType)
export class VariantResolver {
  @FieldResolver(() => ProductType)
  product(@Root() variant: ProductVariantType, @Ctx() ctx: ProductsContext): Promise<ProductType> {
    return new ProductService(ctx).ofVariant(variant.productId);
  }

  @FieldResolver(() => [StockAdjustmentType], {
    description: 'Newest first, at most 50; only the owner and staff (others get an empty list)',
  })
  async stockHistory(@Root() variant: ProductVariantType, @Ctx() ctx: ProductsContext): Promise<StockAdjustmentType[]> {
    const product = await new ProductService(ctx).ofVariant(variant.productId);
    return new StockService(ctx).history(variant, product.ownerUserId);
  }

  @Mutation(() => ProductVariantType, {
    description: 'Adds (or with a negative delta removes) stock, with a reason; only the owner',
  })
  adjustStock(
    @Arg('variantId', () => ID) variantId: string,
    @Arg('delta', () => Int) delta: number,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: ProductsContext,
  ): Promise<ProductVariantType> {
    return new StockService(ctx).adjust(variantId, { delta, reason });
  }
}
