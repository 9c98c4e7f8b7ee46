import { Entity, OptionalProps, Enum, PrimaryKey, Property } from '@mikro-orm/core';

export const SELLER_STATUSES = ['PENDING', 'VERIFIED', 'REJECTED', 'SUSPENDED'] as const;
export type SellerStatusValue = (typeof SELLER_STATUSES)[number];

/** What products knows of each shop, pushed by sellers after every change (internalSetSellerStatus). */
@Entity({ tableName: 'seller_status' })
export class SellerStatus {
  [OptionalProps]?: 'village' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  sellerId: string;

  @Enum({ items: () => [...SELLER_STATUSES], type: 'string' })
  status: SellerStatusValue;

  @Property({ type: 'string', length: 60 })
  village: string = '';

  @Property({ type: 'Date' })
  updatedAt: Date = new Date();
}
