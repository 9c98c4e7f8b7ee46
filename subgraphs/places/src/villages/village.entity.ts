import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { TimestampedEntity, type OpeningHours } from '@kampung/shared';
import { Region } from '../regions/region.entity.js';

export const VILLAGE_KINDS = ['DESA', 'KELURAHAN'] as const;
export type VillageKind = (typeof VILLAGE_KINDS)[number];

/**
 * A desa or kelurahan of the regency with its office: the unit that serves citizens.
 * Every village of the regency has a row (offline until the regency brings it online).
 */
@Entity({ tableName: 'villages' })
export class Village extends TimestampedEntity<
  | 'openingHours'
  | 'officeAddress'
  | 'headName'
  | 'headTitle'
  | 'letterCode'
  | 'logoUrl'
  | 'phone'
  | 'online'
  | 'onlineSince'
> {
  /** Kemendagri code, `35.10.06.2003`; also a row of `regions`. */
  @ManyToOne({
    entity: () => Region,
    fieldName: 'code',
    primary: true,
    mapToPk: true,
    foreignKeyName: 'villages_code_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  code: string;

  @Index({ name: 'villages_district_code_index' })
  @ManyToOne({
    entity: () => Region,
    fieldName: 'district_code',
    mapToPk: true,
    foreignKeyName: 'villages_district_code_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  districtCode: string;

  @Property({ type: 'string', length: 100 })
  name: string;

  @Property({ type: 'string', length: 9 })
  type: VillageKind;

  @Property({ type: 'string', length: 300, nullable: true })
  officeAddress: string | null = null;

  /** The weekly schedule the working-hours clock counts in (WIB). */
  @Property({ type: 'json', default: "'[]'" })
  openingHours: OpeningHours[] = [];

  @Property({ type: 'string', length: 100, nullable: true })
  headName: string | null = null;

  /** "Kepala Desa", "Lurah", or "Pj. Kepala Desa" while an acting head serves. */
  @Property({ type: 'string', length: 60, nullable: true })
  headTitle: string | null = null;

  /** The office's part of letter numbers, e.g. `429.501.01`. */
  @Property({ type: 'string', length: 30, nullable: true })
  letterCode: string | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  logoUrl: string | null = null;

  @Property({ type: 'string', length: 20, nullable: true })
  phone: string | null = null;

  /** Whether the village offers its services online yet. */
  @Property({ type: 'boolean', default: false })
  online: boolean = false;

  @Property({ type: 'Date', nullable: true })
  onlineSince: Date | null = null;
}

/** Kemendagri village codes: kelurahan have 1 as the first digit of the last part, desa 2. */
export const villageTypeOf = (code: string): VillageKind =>
  code.split('.')[3]?.startsWith('1') ? 'KELURAHAN' : 'DESA';
