import { Directive, Field, ID, ObjectType, registerEnumType, InputType } from 'type-graphql';
import { ROLES, type Role, type Viewer } from '@kampung/shared';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };
registerEnumType(RoleEnum, { name: 'Role', description: 'What a user may do' });

@Directive('@key(fields: "id")')
@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  /*
   * Contact data and domicile: fields of `UserPersonalResolver`, shown only to the entitled (the
   * user, the regency admin, staff of the user's domicile village), each office read audited.
   */
  email: string | null;

  phone: string | null;

  phoneVerified: boolean;

  /** Domicile: the citizen's village (Kemendagri code). */
  villageCode: string | null;

  /** Stored roles (BUYER, SELLER); the `roles` field adds STAFF/ADMIN from memberships (UserFieldsResolver). */
  roles: Role[];

  /** Whom this user is shown to: the new session's viewer in an AuthPayload, else the request's. */
  shownTo?: Viewer | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType({ description: 'A signed-in session: a short-lived access token and the refresh token that renews it' })
export class AuthPayload {
  @Field(() => String, { description: 'Access token (JWT, Bearer), valid for 15 minutes' })
  token: string;

  @Field(() => Date, { description: 'When the access token expires' })
  expiresAt: Date;

  @Field(() => String, {
    description: 'Opaque; renews the session once with refreshSession (each use gives a new one). Keep it secret',
  })
  refreshToken: string;

  @Field(() => UserType)
  user: UserType;
}

@InputType()
export class SignUpInput {
  @Field(() => String)
  name: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  password: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType()
export class SignInInput {
  @Field(() => String)
  email: string;

  @Field(() => String)
  password: string;
}

@InputType({ description: 'Profile fields to change; a field left out stays as it is, null clears it' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Domicile village code, e.g. 35.10.06.2003' })
  villageCode?: string | null;
}
