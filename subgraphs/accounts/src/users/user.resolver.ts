import { requireService, type RequestContext } from '@kampung/shared';
import { Arg, Ctx, Directive, ID, Mutation, Query, Resolver } from 'type-graphql';
import { UserService } from './user.service.js';
import { AuthPayload, RoleEnum, SignInInput, SignUpInput, UserType } from './user.type.js';
import type { Role } from '@kampung/shared';

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserType, { nullable: true, description: 'The signed-in user, or null' })
  me(@Ctx() ctx: RequestContext): Promise<UserType | null> {
    return new UserService(ctx).me();
  }

  @Mutation(() => AuthPayload)
  signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return new UserService(ctx).signUp(input);
  }

  @Mutation(() => AuthPayload)
  signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return new UserService(ctx).signIn(input);
  }

  @Directive('@inaccessible')
  @Mutation(() => UserType, { description: 'Internal (service token only); hidden from the public API' })
  internalGrantRole(
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => RoleEnum) role: Role,
    @Ctx() ctx: RequestContext,
  ): Promise<UserType> {
    requireService(ctx.viewer);
    return new UserService(ctx).grantRole(userId, role);
  }
}
