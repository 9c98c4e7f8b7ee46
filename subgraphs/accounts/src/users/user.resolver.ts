import { requireService } from '@kampung/shared';
import type { AccountsContext } from '../env.js';
import { Arg, Ctx, Directive, ID, Mutation, Query, Resolver } from 'type-graphql';
import { UserService } from './user.service.js';
import { AuthPayload, RoleEnum, SignInInput, SignUpInput, UpdateProfileInput, UserType } from './user.type.js';
import type { Role } from '@kampung/shared';

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserType, { nullable: true, description: 'The signed-in user, or null' })
  me(@Ctx() ctx: AccountsContext): Promise<UserType | null> {
    return new UserService(ctx).me();
  }

  @Mutation(() => AuthPayload)
  signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: AccountsContext): Promise<AuthPayload> {
    return new UserService(ctx).signUp(input);
  }

  @Mutation(() => AuthPayload)
  signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: AccountsContext): Promise<AuthPayload> {
    return new UserService(ctx).signIn(input);
  }

  @Mutation(() => UserType, { description: 'The signed-in user changes their name, phone or domicile village' })
  updateProfile(
    @Arg('input', () => UpdateProfileInput) input: UpdateProfileInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<UserType> {
    return new UserService(ctx).updateProfile(input);
  }

  @Directive('@inaccessible')
  @Mutation(() => UserType, { description: 'Internal (service token only); hidden from the public API' })
  internalGrantRole(
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => RoleEnum) role: Role,
    @Ctx() ctx: AccountsContext,
  ): Promise<UserType> {
    requireService(ctx.viewer);
    return new UserService(ctx).grantRole(userId, role);
  }
}
