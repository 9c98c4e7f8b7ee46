import { isUuid, requireService, UserInputError } from '@kampung/shared';
import type { ProductsContext } from '../env.js';
import { enqueueSellerProducts } from '../search/outbox.js';
import { SELLER_STATUSES, SellerStatus, type SellerStatusValue } from './seller-status.entity.js';

/** Keeps products' copy of each shop's status; only VERIFIED shops' products are public. */
export class SellerStatusService {
  constructor(private readonly context: ProductsContext) {}

  /** Internal: sellers calls this after every status change, before it commits its own. */
  async set(sellerId: string, status: SellerStatusValue, village: string | null | undefined): Promise<boolean> {
    requireService(this.context.viewer);
    if (!isUuid(sellerId))
      throw UserInputError.field('sellerId', { id: 'ID toko tidak valid', en: 'Shop id is not valid' });
    if (!SELLER_STATUSES.includes(status))
      throw UserInputError.field('status', { id: 'Status tidak dikenal', en: 'Unknown status' });
    await this.context.em.transactional(async (em) => {
      await em.upsert(
        SellerStatus,
        { sellerId, status, village: village ?? '', updatedAt: new Date() },
        {
          onConflictFields: ['sellerId'],
          onConflictAction: 'merge',
          onConflictExcludeFields: village == null ? ['village'] : [],
        },
      );
      await em.execute(
        `update products.products set seller_visible = ?, seller_village = coalesce(?, seller_village) where seller_id = ?`,
        [status === 'VERIFIED', village ?? null, sellerId],
      );
      await enqueueSellerProducts(em, this.context.env, sellerId);
    });
    return true;
  }

  /** The status products knows, or null if sellers never told it. */
  async of(sellerId: string): Promise<SellerStatus | null> {
    return this.context.em.findOne(SellerStatus, { sellerId });
  }

  /** A new product's shop: remember its status unless sellers has already told us. */
  async remember(sellerId: string, status: SellerStatusValue, village: string): Promise<SellerStatus> {
    await this.context.em
      .getConnection()
      .execute(
        `insert into products.seller_status (seller_id, status, village) values (?, ?, ?) on conflict (seller_id) do nothing`,
        [sellerId, status, village],
      );
    return (await this.context.em.fork().findOne(SellerStatus, { sellerId }))!;
  }
}
