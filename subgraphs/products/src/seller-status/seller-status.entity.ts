import { BigIntType, Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** The shop statuses products knows of; the same values as sellers' `VerificationStatus` (composition checks it). */
export const SELLER_STATUSES = ['PENDING', 'VERIFIED', 'REJECTED', 'SUSPENDED'] as const;
export type SellerStatusValue = (typeof SELLER_STATUSES)[number];

/**
 * What products knows of each shop: delivered by sellers' status outbox after every change
 * (internalSetSellerStatus), never asked for. `version` is the outbox row's id: an older
 * delivery arriving late never overwrites a newer one.
 */
@Entity({ tableName: 'seller_status' })
export class SellerStatus {
  [OptionalProps]?: 'village' | 'villageCode' | 'updatedAt' | 'ownerUserId' | 'version';

  @PrimaryKey({ type: 'uuid' })
  sellerId: string;

  /** Who owns the shop (null only for rows written before sellers sent it). */
  @Property({ type: 'uuid', nullable: true, index: 'seller_status_owner_idx' })
  ownerUserId: string | null = null;

  @Enum({ items: () => [...SELLER_STATUSES], type: 'string', columnType: 'varchar(16)' })
  status: SellerStatusValue;

  @Property({ type: 'string', length: 60 })
  village: string = '';

  /** Kemendagri code of the shop's village, e.g. 35.10.06.2003. */
  @Property({ type: 'string', length: 13, default: '' })
  villageCode: string = '';

  @Property({ type: new BigIntType('number'), default: 0 })
  version: number = 0;

  @Property({ type: 'Date', length: 3, defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
