import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AccountsContext } from '../env.js';
import { entitledToPersonalData, personalDataShown } from './personal-data.js';
import { UserType } from './user.type.js';

/**
 * A person's contact data and domicile: only the user themself, the regency admin, and the
 * staff and head of the user's domicile village see them (null to anyone else); every read by
 * an office is written to `accounts.personal_data_reads` (decision 030).
 */
@Resolver(() => UserType)
export class UserPersonalResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "Only the user, the regency admin and staff of the user's domicile village (audited)",
  })
  email(@Root() user: UserType, @Ctx() ctx: AccountsContext): Promise<string | null> {
    return personalDataShown(ctx, user, 'email', user.email);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Only the user, the regency admin and staff of the user's domicile village (audited)",
  })
  phone(@Root() user: UserType, @Ctx() ctx: AccountsContext): Promise<string | null> {
    return personalDataShown(ctx, user, 'phone', user.phone);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the phone number was confirmed by a one-time code (WhatsApp and SMS need it); false to those who may not see the phone',
  })
  phoneVerified(@Root() user: UserType, @Ctx() ctx: AccountsContext): boolean {
    return entitledToPersonalData(user.shownTo === undefined ? ctx.viewer : user.shownTo, user) && user.phoneVerified;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Domicile: the citizen's village (Kemendagri code). Only the user, the regency admin and staff of that village (audited)",
  })
  villageCode(@Root() user: UserType, @Ctx() ctx: AccountsContext): Promise<string | null> {
    return personalDataShown(ctx, user, 'villageCode', user.villageCode);
  }
}
