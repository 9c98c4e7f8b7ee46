import { connectionType } from '@kampung/shared';
import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { VERIFICATION_STATUSES, type VerificationStatus } from './seller.entity.js';

export const VerificationStatusEnum = Object.fromEntries(VERIFICATION_STATUSES.map((s) => [s, s])) as {
  [S in VerificationStatus]: S;
};
registerEnumType(VerificationStatusEnum, {
  name: 'VerificationStatus',
  description: 'Where a shop is in verification by village staff',
});

/** places' village office, referred to by its code (places resolves every other field). */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType('Village')
export class VillageRef {
  @Field(() => String)
  code: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Seller', { description: 'A UMKM shop' })
export class SellerType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  slug: string;

  @Field(() => String, { description: "Kemendagri code of the shop's village, e.g. 35.10.06.2003" })
  villageCode: string;

  @Field(() => String, { description: "The village's name" })
  village: string;

  @Field(() => String, { description: "The village's district (kecamatan) name" })
  district: string;

  @Field(() => String, { description: 'WhatsApp number, +628…' })
  whatsapp: string;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => String)
  description: string;

  @Field(() => String, { nullable: true })
  logoUrl: string | null;

  @Field(() => VerificationStatusEnum)
  verificationStatus: VerificationStatus;

  @Field(() => String, { nullable: true, description: 'Only the owner and staff see it' })
  rejectionReason: string | null;

  @Field(() => Date)
  createdAt: Date;

  ownerUserId: string;
}

export const SellerConnection = connectionType(SellerType, 'Seller');

@InputType()
export class RegisterShopInput {
  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'Kemendagri code of a village of the regency; its staff verify the shop' })
  villageCode: string;

  @Field(() => String, { nullable: true, deprecationReason: 'Taken from the village of villageCode' })
  village?: string | null;

  @Field(() => String, { nullable: true, deprecationReason: 'Taken from the village of villageCode' })
  district?: string | null;

  @Field(() => String, { description: 'Indonesian mobile number, e.g. 0812 3456 7890' })
  whatsapp: string;

  @Field(() => String)
  description: string;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'http(s) URL of the logo' })
  logoUrl?: string | null;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateShopInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Moves the shop to another village of the regency' })
  villageCode?: string | null;

  @Field(() => String, { nullable: true, deprecationReason: 'Taken from the village of villageCode' })
  village?: string | null;

  @Field(() => String, { nullable: true, deprecationReason: 'Taken from the village of villageCode' })
  district?: string | null;

  @Field(() => String, { nullable: true })
  whatsapp?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  logoUrl?: string | null;
}
