import type { Role } from '@kampung/shared';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AccountsContext } from '../env.js';
import { UserService } from '../users/user.service.js';
import { RoleEnum, UserType } from '../users/user.type.js';
import { derivedRoles, MembershipService } from './membership.service.js';
import { GrantMembershipInput, MembershipConnection, MembershipType } from './membership.type.js';

@Resolver(() => MembershipType)
export class MembershipResolver {
  @Query(() => MembershipConnection, {
    description: 'Regency admin: memberships at a place and inside it (every one without placeCode), newest first',
  })
  memberships(
    @Arg('placeCode', () => String, { nullable: true }) placeCode: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: AccountsContext,
  ): Promise<InstanceType<typeof MembershipConnection>> {
    return new MembershipService(ctx).list(placeCode, first, after);
  }

  @Mutation(() => MembershipType, {
    description:
      'Regency admin: gives the account with this email a role at a place (village code for village roles, district code for a district officer); granting one it holds returns it',
  })
  grantMembership(
    @Arg('input', () => GrantMembershipInput) input: GrantMembershipInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<MembershipType> {
    return new MembershipService(ctx).grant(input);
  }

  @Mutation(() => MembershipType, {
    description:
      "Regency admin: withdraws a membership; the holder's sessions end, so they sign in again without it. Returns it",
  })
  revokeMembership(@Arg('id', () => ID) id: string, @Ctx() ctx: AccountsContext): Promise<MembershipType> {
    return new MembershipService(ctx).revoke(id);
  }

  @FieldResolver(() => UserType, { description: 'Who holds it' })
  async user(@Root() membership: MembershipType, @Ctx() ctx: AccountsContext): Promise<UserType> {
    const user = await new UserService(ctx).reference(membership.userId);
    if (!user) throw new Error(`membership ${membership.id} without its user`);
    return user;
  }
}

@Resolver(() => UserType)
export class UserFieldsResolver {
  @FieldResolver(() => [RoleEnum], {
    description: 'BUYER and SELLER as held; STAFF with a village or district membership, ADMIN with a regency one',
  })
  async roles(@Root() user: UserType, @Ctx() ctx: AccountsContext): Promise<Role[]> {
    return derivedRoles(user.roles, await new MembershipService(ctx).ofUser(user.id));
  }

  @FieldResolver(() => [MembershipType], {
    description: 'Office roles held at places; only the user themself and the regency admin see them (others: empty)',
  })
  memberships(@Root() user: UserType, @Ctx() ctx: AccountsContext): Promise<MembershipType[]> {
    return new MembershipService(ctx).visibleOf(user.id, user.shownTo === undefined ? ctx.viewer : user.shownTo);
  }
}
