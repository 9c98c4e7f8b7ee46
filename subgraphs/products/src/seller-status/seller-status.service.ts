import { isUuid, requireService, UserInputError, VILLAGE_CODE_PATTERN } from '@kampung/shared';
import type { ProductsContext } from '../env.js';
import { enqueueSellerProducts } from '../search/outbox.js';
import { SellerStatus, type SellerStatusValue } from './seller-status.entity.js';

export interface SellerStatusChange {
  sellerId: string;
  ownerUserId: string;
  status: SellerStatusValue;
  village: string;
  villageCode: string;
  version: number;
}

/** Keeps products' copy of each shop's status; only VERIFIED shops' products are public. */
export class SellerStatusService {
  constructor(private readonly context: ProductsContext) {}

  /**
   * Internal: sellers' outbox delivers every change here, at least once and in any order. A
   * change older than (or as old as) the one already applied changes nothing: returns false.
   */
  async set(change: SellerStatusChange): Promise<boolean> {
    requireService(this.context.viewer);
    const { sellerId, ownerUserId, status, village, villageCode, version } = change;
    if (!isUuid(sellerId))
      throw UserInputError.field('sellerId', { id: 'ID toko tidak valid', en: 'Shop id is not valid' });
    if (!isUuid(ownerUserId))
      throw UserInputError.field('ownerUserId', { id: 'ID pemilik tidak valid', en: 'Owner id is not valid' });
    if (!VILLAGE_CODE_PATTERN.test(villageCode))
      throw UserInputError.field('villageCode', { id: 'Kode desa tidak valid', en: 'Village code is not valid' });
    if (!Number.isSafeInteger(version) || version < 1)
      throw UserInputError.field('version', { id: 'Versi tidak valid', en: 'Version is not valid' });
    return this.context.em.transactional(async (em) => {
      const applied = await em.execute<{ seller_id: string }[]>(
        `insert into products.seller_status (seller_id, owner_user_id, status, village, village_code, version, updated_at)
         values (?, ?, ?, ?, ?, ?, now())
         on conflict (seller_id) do update set owner_user_id = excluded.owner_user_id, status = excluded.status,
           village = excluded.village, village_code = excluded.village_code, version = excluded.version, updated_at = now()
         where products.seller_status.version < excluded.version
         returning seller_id`,
        [sellerId, ownerUserId, status, village, villageCode, version],
      );
      if (!applied.length) return false;
      await em.execute(
        `update products.products set seller_visible = ?, seller_village = ?, seller_village_code = ? where seller_id = ?`,
        [status === 'VERIFIED', village, villageCode, sellerId],
      );
      await enqueueSellerProducts(em, this.context.env, sellerId);
      return true;
    });
  }

  /** The shop a user owns as products last heard of it, or null if sellers has not told it (yet). */
  async ownedBy(userId: string): Promise<SellerStatus | null> {
    return isUuid(userId) ? this.context.em.findOne(SellerStatus, { ownerUserId: userId }) : null;
  }
}
