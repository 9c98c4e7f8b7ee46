import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { TimestampedEntity } from '@kampung/shared';
import { randomUUID } from 'node:crypto';

export const VERIFICATION_STATUSES = ['PENDING', 'VERIFIED', 'REJECTED', 'SUSPENDED'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

@Entity({ tableName: 'sellers' })
// Verified shops newest first (the public list and the staff queue page on it).
@Index({
  name: 'sellers_listing_idx',
  expression:
    'create index "sellers_listing_idx" on "sellers"."sellers" ("verification_status", "created_at" desc, "id" desc)',
})
// A village's staff queue, and a district's or the regency's by code prefix.
@Index({
  name: 'sellers_village_listing_idx',
  expression:
    'create index "sellers_village_listing_idx" on "sellers"."sellers" ("village_code", "verification_status", "created_at" desc, "id" desc)',
})
export class Seller extends TimestampedEntity<'id' | 'address' | 'logoUrl' | 'verificationStatus' | 'rejectionReason'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** One shop per user. */
  @Property({ type: 'uuid', unique: true })
  ownerUserId: string;

  @Property({ type: 'string', length: 80 })
  name: string;

  @Property({ type: 'string', length: 100, unique: true })
  slug: string;

  /** Kemendagri code of the shop's village (places' `Village`); its staff verify the shop. */
  @Property({ type: 'string', length: 13 })
  villageCode: string;

  /** The village's name as places gave it when the shop chose it. */
  @Property({ type: 'string', length: 60 })
  village: string;

  @Property({ type: 'string', length: 60 })
  district: string;

  /** Stored as +628…. */
  @Property({ type: 'string', length: 20 })
  whatsapp: string;

  @Property({ type: 'string', length: 300, nullable: true })
  address: string | null = null;

  @Property({ type: 'text', default: '' })
  description: string;

  @Property({ type: 'text', nullable: true })
  logoUrl: string | null = null;

  @Enum({ items: () => [...VERIFICATION_STATUSES], type: 'string', columnType: 'varchar(16)' })
  verificationStatus: VerificationStatus = 'PENDING';

  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;
}
