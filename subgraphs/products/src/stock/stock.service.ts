import {
  bilingual,
  ForbiddenError,
  isStaff,
  isUuid,
  NotFoundError,
  requireViewer,
  UserInputError,
  validate,
} from '@kampung/shared';
import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import type { ProductsContext } from '../env.js';
import { Product } from '../products/product.entity.js';
import { enqueueSearchUpdate } from '../search/outbox.js';
import { ProductVariant } from '../variants/variant.entity.js';
import { toVariantType } from '../variants/variant.service.js';
import type { ProductVariantType } from '../variants/variant.type.js';
import { StockAdjustment } from './stock-adjustment.entity.js';
import { fellToLow, notifyStockLow } from './stock-low.js';

const VARIANT = { id: 'Varian', en: 'Variant' };
const NOT_OWNER = { id: 'Hanya pemilik toko yang dapat mengubah stok', en: 'Only the shop owner may change the stock' };

export const adjustStockSchema = z.object({
  delta: z
    .number()
    .int()
    .min(-1_000_000)
    .max(1_000_000)
    .refine((d) => d !== 0, bilingual('Perubahan stok tidak boleh 0', 'The stock change cannot be 0')),
  reason: z
    .string()
    .trim()
    .min(3, bilingual('Alasan minimal 3 karakter', 'Reason needs at least 3 characters'))
    .max(200, bilingual('Alasan maksimal 200 karakter', 'Reason may have at most 200 characters')),
});

/** Stock changes by the seller, each one a history row, in the same transaction as the change. */
export class StockService {
  constructor(private readonly context: ProductsContext) {}

  async adjust(variantId: string, input: { delta: number; reason: string }): Promise<ProductVariantType> {
    const viewer = requireViewer(this.context.viewer);
    const { delta, reason } = validate(adjustStockSchema, input);
    const variant = await this.context.em.transactional(async (em) => {
      const variant = isUuid(variantId)
        ? await em.findOne(ProductVariant, { id: variantId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : null;
      if (!variant) throw new NotFoundError(VARIANT);
      const product = await em.findOneOrFail(Product, { id: variant.product.id });
      if (product.ownerUserId !== viewer.userId || viewer.service) throw new ForbiddenError(NOT_OWNER);
      const resulting = variant.stock + delta;
      if (resulting < 0) {
        throw UserInputError.field('delta', {
          id: `Stok tidak cukup: tersisa ${variant.stock}`,
          en: `Not enough stock: ${variant.stock} left`,
        });
      }
      const before = variant.stock;
      variant.stock = resulting;
      if (fellToLow(before, resulting, variant.lowStockThreshold)) {
        await em.flush();
        await notifyStockLow(em, [variant.id]);
      }
      em.create(StockAdjustment, {
        variantId: variant.id,
        productId: product.id,
        userId: viewer.userId,
        delta,
        resultingStock: resulting,
        reason,
      });
      await enqueueSearchUpdate(em, this.context.env, [product.id]);
      return variant;
    });
    return toVariantType(variant);
  }

  /** Newest first; only the owner and staff. */
  async history(variant: ProductVariantType, ownerUserId: string): Promise<StockAdjustment[]> {
    const viewer = this.context.viewer;
    if (viewer?.userId !== ownerUserId && !isStaff(viewer)) return [];
    return this.context.em.find(
      StockAdjustment,
      { variantId: variant.id },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 50 },
    );
  }
}
