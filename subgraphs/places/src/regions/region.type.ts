import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { REGION_LEVELS, type RegionLevel } from './region.entity.js';

export const RegionLevelEnum = Object.fromEntries(REGION_LEVELS.map((level) => [level, level])) as {
  [L in RegionLevel]: L;
};
registerEnumType(RegionLevelEnum, {
  name: 'RegionLevel',
  description: 'Province → regency (kabupaten/kota) → district (kecamatan) → village (desa/kelurahan)',
});

@Directive('@key(fields: "code")')
@ObjectType('Region', { description: 'An administrative region of Indonesia, by its Kemendagri code' })
export class RegionType {
  @Field(() => String, { description: 'Kemendagri code: 35, 35.10, 35.10.06, 35.10.06.2003' })
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => RegionLevelEnum)
  level: RegionLevel;

  @Field(() => String, { nullable: true, description: 'The region one level up; null for a province' })
  parentCode: string | null;

  headName?: string | null;
  headTitle?: string | null;
}

@ObjectType('DistrictHead', { description: 'The head of a district office (camat), who co-signs some letters' })
export class DistrictHeadType {
  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'Camat, Plt. Camat' })
  title: string;
}
