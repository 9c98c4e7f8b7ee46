import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';

export const REGION_LEVELS = ['PROVINCE', 'REGENCY', 'DISTRICT', 'VILLAGE'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** A province, regency (kabupaten/kota), district (kecamatan) or village (desa/kelurahan) of Indonesia. */
@Entity({ tableName: 'regions' })
export class Region {
  /** Kemendagri code: `35`, `35.10`, `35.10.06`, `35.10.06.2003`. */
  @PrimaryKey({ type: 'string', length: 13 })
  code: string;

  @Property({ type: 'string', length: 100 })
  name: string;

  @Property({ type: 'string', length: 8 })
  level: RegionLevel;

  /** The region one level up; null for a province. */
  @Index({ name: 'regions_parent_code_index' })
  @ManyToOne({
    entity: () => Region,
    fieldName: 'parent_code',
    mapToPk: true,
    nullable: true,
    foreignKeyName: 'regions_parent_code_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  parentCode: string | null;

  /** A district's head (camat), who co-signs letters of services that need the district; null elsewhere. */
  @Property({ type: 'string', length: 100, nullable: true })
  headName?: string | null;

  /** "Camat", "Plt. Camat"; null: "Camat". */
  @Property({ type: 'string', length: 60, nullable: true })
  headTitle?: string | null;
}
