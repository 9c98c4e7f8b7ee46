import { ForbiddenError, isUuid, NotFoundError, requireViewer } from '@kampung/shared';
import { LockMode } from '@mikro-orm/core';
import type { ProductsContext } from '../env.js';
import { enqueueSearchUpdate } from '../search/outbox.js';
import { ProductVariant } from '../variants/variant.entity.js';
import { Product, type ProductStatus } from './product.entity.js';
import { toProductType } from './product.service.js';
import type { ProductType } from './product.type.js';

const PRODUCT = { id: 'Produk', en: 'Product' };
const NOT_OWNER = {
  id: 'Hanya pemilik toko yang dapat mengubah produk ini',
  en: 'Only the shop owner may change this product',
};
const NOT_VERIFIED = {
  id: 'Toko Anda belum diverifikasi atau sedang ditangguhkan',
  en: 'Your shop is not verified or is suspended',
};
const ARCHIVED = {
  id: 'Produk yang diarsipkan tidak dapat diterbitkan',
  en: 'An archived product cannot be published',
};

/** Publish, unpublish (back to draft) and archive: only the owner, in one transaction. */
export class ProductStatusService {
  constructor(private readonly context: ProductsContext) {}

  async change(id: string, status: ProductStatus): Promise<ProductType> {
    const viewer = requireViewer(this.context.viewer);
    const product = await this.context.em.transactional(async (em) => {
      const product = isUuid(id) ? await em.findOne(Product, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!product) throw new NotFoundError(PRODUCT);
      if (product.ownerUserId !== viewer.userId || viewer.service) throw new ForbiddenError(NOT_OWNER);
      if (status === 'ACTIVE') {
        if (!product.sellerVisible) throw new ForbiddenError(NOT_VERIFIED);
        if (product.status === 'ARCHIVED') throw new ForbiddenError(ARCHIVED);
        if ((await em.count(ProductVariant, { product })) === 0) throw new ForbiddenError();
      }
      product.status = status;
      await enqueueSearchUpdate(em, this.context.env, [product.id]);
      return product;
    });
    return toProductType(product);
  }
}
