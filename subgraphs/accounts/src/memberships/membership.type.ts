import { connectionType, PLACE_ROLES, type PlaceRole } from '@kampung/shared';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { UserType } from '../users/user.type.js';

export const PlaceRoleEnum = Object.fromEntries(PLACE_ROLES.map((role) => [role, role])) as {
  [R in PlaceRole]: R;
};
registerEnumType(PlaceRoleEnum, {
  name: 'PlaceRole',
  description: 'An office role held at a place (decision 020)',
  valuesConfig: {
    VILLAGE_STAFF: { description: 'Staff of a village office (place: village code)' },
    VILLAGE_HEAD: { description: 'Head of a village; signs its letters (place: village code)' },
    DISTRICT_OFFICER: {
      description: 'Officer of a district (kecamatan); oversees its villages (place: district code)',
    },
    REGENCY_ADMIN: { description: 'Administrator of the regency programme (place: regency code)' },
  },
});

@ObjectType('Membership', { description: 'An office role a user holds at a place' })
export class MembershipType {
  @Field(() => ID)
  id: string;

  @Field(() => PlaceRoleEnum)
  role: PlaceRole;

  @Field(() => String, { description: 'Kemendagri code: village 35.10.06.2003, district 35.10.06, regency 35.10' })
  placeCode: string;

  @Field(() => Date)
  createdAt: Date;

  /** Resolved by MembershipResolver.user. */
  userId: string;
}

export const MembershipConnection = connectionType(MembershipType, 'Membership');

@InputType()
export class GrantMembershipInput {
  @Field(() => String, { description: 'The account to grant it to' })
  email: string;

  @Field(() => PlaceRoleEnum)
  role: PlaceRole;

  @Field(() => String, { description: 'A village code for village roles, a district code for a district officer' })
  placeCode: string;
}

export { UserType };
