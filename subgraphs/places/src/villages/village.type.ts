import { connectionType, type OpeningHours } from '@kampung/shared';
import { Directive, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { VILLAGE_KINDS, type VillageKind } from './village.entity.js';

export const VillageTypeEnum = Object.fromEntries(VILLAGE_KINDS.map((type) => [type, type])) as {
  [T in VillageKind]: T;
};
registerEnumType(VillageTypeEnum, {
  name: 'VillageType',
  description: 'Desa (rural village) or kelurahan (urban ward)',
});

@ObjectType('OpeningHours', { description: 'One opening interval of a weekly schedule, in WIB' })
export class OpeningHoursType implements OpeningHours {
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday' })
  weekday: number;

  @Field(() => String, { description: '"08:00"' })
  opens: string;

  @Field(() => String, { description: '"15:00"' })
  closes: string;
}

@ObjectType('VillageHead', { description: 'The head of the village office' })
export class VillageHeadType {
  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'Kepala Desa, Lurah, Pj. Kepala Desa' })
  title: string;
}

@Directive('@key(fields: "code")')
@ObjectType('Village', {
  description:
    'A desa or kelurahan of the regency and its office. Other subgraphs store the code and resolve the rest here',
})
export class VillageType {
  @Field(() => String, { description: 'Kemendagri code, e.g. 35.10.06.2003' })
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => VillageTypeEnum)
  type: VillageKind;

  @Field(() => String, { description: 'Its district (kecamatan), e.g. 35.10.06' })
  districtCode: string;

  @Field(() => String, { nullable: true })
  officeAddress: string | null;

  @Field(() => [OpeningHoursType], { description: 'The weekly opening hours the working-hours clock counts in' })
  openingHours: OpeningHoursType[];

  @Field(() => VillageHeadType, { nullable: true })
  head: VillageHeadType | null;

  @Field(() => String, { nullable: true, description: "The office's part of letter numbers, e.g. 429.501.01" })
  letterCode: string | null;

  @Field(() => String, { nullable: true })
  logoUrl: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => Boolean, { description: 'Whether the village offers its services online yet' })
  online: boolean;

  @Field(() => Date, { nullable: true })
  onlineSince: Date | null;
}

export const VillageConnection = connectionType(VillageType, 'Village');

@InputType()
export class OpeningHoursInput {
  @Field(() => Int)
  weekday: number;

  @Field(() => String)
  opens: string;

  @Field(() => String)
  closes: string;
}

@InputType({ description: 'Office fields to change; a field left out stays as it is, null clears it' })
export class VillageOfficeInput {
  @Field(() => String, { nullable: true })
  officeAddress?: string | null;

  @Field(() => [OpeningHoursInput], { nullable: true, description: 'Replaces the whole weekly schedule' })
  openingHours?: OpeningHoursInput[] | null;

  @Field(() => String, { nullable: true })
  headName?: string | null;

  @Field(() => String, { nullable: true })
  headTitle?: string | null;

  @Field(() => String, { nullable: true })
  letterCode?: string | null;

  @Field(() => String, { nullable: true })
  logoUrl?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}
