import {
  actingScope,
  enqueueNotification,
  canActForVillage,
  ConflictError,
  isUuid,
  keysetPage,
  mapConnection,
  NotFoundError,
  requireRole,
  validate,
  villageCodeFilter,
  wakeNotificationRelay,
  type Connection,
} from '@kampung/shared';
import { LockMode } from '@mikro-orm/core';
import type { SellersContext } from '../env.js';
import { recordSellerStatus, wakeStatusOutbox } from '../status-outbox/status-outbox.js';
import { Seller, type VerificationStatus } from './seller.entity.js';
import { toSellerType } from './seller.service.js';
import type { SellerType } from './seller.type.js';
import { reasonSchema } from './seller.validation.js';

const SHOP = { id: 'Toko', en: 'Shop' };
/** Which statuses each staff action may start from. */
const FROM: Record<'verify' | 'reject' | 'suspend' | 'restore', VerificationStatus[]> = {
  verify: ['PENDING', 'REJECTED'],
  reject: ['PENDING'],
  suspend: ['VERIFIED'],
  restore: ['SUSPENDED'],
};
/** The owner's notification per action (restoring a shop tells them it is verified again). */
const NOTIFY = {
  verify: 'shop.verified',
  reject: 'shop.rejected',
  suspend: 'shop.suspended',
  restore: 'shop.verified',
} as const;
const TO = { verify: 'VERIFIED', reject: 'REJECTED', suspend: 'SUSPENDED', restore: 'VERIFIED' } as const;

/**
 * Village staff verify, reject, suspend and restore the shops of their own village; the regency
 * admin those of every village (decision 023). The coarse STAFF/ADMIN role is still required;
 * the office membership in the token decides which shops: another village's shop is NOT_FOUND.
 */
export class SellerReviewService {
  constructor(private readonly context: SellersContext) {}

  async queue(
    status: VerificationStatus | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<SellerType>> {
    const viewer = requireRole(this.context.viewer, 'STAFF', 'ADMIN');
    const where = { verificationStatus: status ?? 'PENDING', ...villageCodeFilter(actingScope(viewer)) };
    const page = await keysetPage(this.context.em, Seller, { where, first, after });
    return mapConnection(page, (s) => toSellerType(s, viewer));
  }

  /**
   * Changes the status and queues it for products in the same transaction (the status outbox);
   * products hears of it right after the commit, and again until it has taken it.
   */
  async act(action: keyof typeof FROM, id: string, reason?: string | null): Promise<SellerType> {
    const viewer = requireRole(this.context.viewer, 'STAFF', 'ADMIN');
    const why = action === 'reject' || action === 'suspend' ? validate(reasonSchema, { reason }).reason : null;
    const seller = await this.context.em.transactional(async (em) => {
      const seller = isUuid(id) ? await em.findOne(Seller, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      // A shop of a village the viewer does not work for is not there for them (nothing is written).
      if (!seller || !canActForVillage(viewer, seller.villageCode)) throw new NotFoundError(SHOP);
      if (!FROM[action].includes(seller.verificationStatus)) {
        throw new ConflictError({
          id: `Toko berstatus ${seller.verificationStatus} tidak dapat diproses`,
          en: `A ${seller.verificationStatus} shop cannot be processed this way`,
        });
      }
      seller.verificationStatus = TO[action];
      seller.rejectionReason = why;
      recordSellerStatus(em, seller);
      const event = NOTIFY[action];
      if (event) {
        // The owner hears of it (decision 028). A repeated action is refused above under the
        // row lock, so each change writes one event.
        enqueueNotification(em, {
          type: event,
          recipientUserId: seller.ownerUserId,
          link: '/penjual',
          data: { shopName: seller.name, reason: why },
        });
      }
      await em.flush();
      return seller;
    });
    await wakeStatusOutbox();
    wakeNotificationRelay();
    return toSellerType(seller, viewer);
  }
}
