import { requireService, type RequestContext } from '@kampung/shared';
import { Arg, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { User } from './user.entity.js';

@Directive('@inaccessible')
@ObjectType('UserContact', { description: 'Internal (notifications): how to reach a user' })
export class UserContactType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The phone number (+62…) only once it is verified; null otherwise',
  })
  phone: string | null;

  @Field(() => String, { description: 'id or en' })
  language: string;

  @Field(() => String)
  name: string;
}

/**
 * Contacts for the notifications subgraph. A phone number is given only once verified, so
 * WhatsApp and SMS are never used for an unverified number.
 */
@Resolver()
export class UserContactsResolver {
  @Directive('@inaccessible')
  @Query(() => [UserContactType], { description: 'Internal (notifications): contacts of existing users among ids' })
  async internalUserContacts(
    @Arg('ids', () => [ID]) ids: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<UserContactType[]> {
    requireService(ctx.viewer);
    const valid = ids.filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id));
    if (!valid.length) return [];
    const users = await ctx.em.find(User, { id: { $in: valid.slice(0, 500) } });
    return users.map((user) => ({
      id: user.id,
      email: user.email,
      phone: verifiedPhone(user),
      language: 'id',
      name: user.name,
    }));
  }
}

/** The user's phone once verified (accounts' phone verification sets phone_verified_at). */
const verifiedPhone = (user: User): string | null => (user.phoneVerifiedAt && user.phone ? user.phone : null);
