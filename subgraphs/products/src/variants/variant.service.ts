import { groupByKeys, isUuid, orderByKeys, type RequestContext } from '@kampung/shared';
import { ProductVariant } from './variant.entity.js';
import type { ProductVariantType } from './variant.type.js';

export function toVariantType(variant: ProductVariant): ProductVariantType {
  return {
    id: variant.id,
    productId: variant.product.id,
    sku: variant.sku,
    name: variant.name,
    options: variant.options,
    price: variant.price,
    stock: variant.stock,
    weightGrams: variant.weightGrams,
  };
}

export class VariantService {
  constructor(private readonly context: RequestContext) {}

  private get em() {
    return this.context.em;
  }

  /** Batched: the variants of a whole page of products are one query. */
  async ofProduct(productId: string): Promise<ProductVariantType[]> {
    const variants = await this.context.loaders
      .get<string, ProductVariant[]>('ProductVariant.byProduct', async (ids) =>
        groupByKeys(
          ids,
          await this.em.find(ProductVariant, { product: { $in: [...ids] } }, { orderBy: { position: 'asc' } }),
          (v) => v.product.id,
        ),
      )
      .load(productId);
    return variants.map(toVariantType);
  }

  async priceFrom(productId: string): Promise<number> {
    const prices = (await this.ofProduct(productId)).map((v) => v.price);
    return prices.length ? Math.min(...prices) : 0;
  }

  async totalStock(productId: string): Promise<number> {
    return (await this.ofProduct(productId)).reduce((sum, v) => sum + v.stock, 0);
  }

  async reference(id: string): Promise<ProductVariantType | null> {
    const variant = await this.context.loaders
      .get<string, ProductVariant | null>('ProductVariant.byId', async (ids) =>
        orderByKeys(ids, await this.em.find(ProductVariant, { id: { $in: ids.filter(isUuid) } }), (v) => v.id),
      )
      .load(id);
    return variant ? toVariantType(variant) : null;
  }
}
