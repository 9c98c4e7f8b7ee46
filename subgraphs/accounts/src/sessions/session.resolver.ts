import { requirePerson, requireService } from '@kampung/shared';
import type { AccountsContext } from '../env.js';
import { Arg, Ctx, Directive, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { UserService } from '../users/user.service.js';
import { AuthPayload } from '../users/user.type.js';
import { SessionService } from './session.service.js';

@Resolver()
export class SessionResolver {
  @Mutation(() => AuthPayload, {
    description: 'A new access token (with the current roles) and a new refresh token; the one given stops working',
  })
  refreshSession(
    @Arg('refreshToken', () => String) refreshToken: string,
    @Ctx() ctx: AccountsContext,
  ): Promise<AuthPayload> {
    return new UserService(ctx).refreshSession(refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Ends this session: its access and refresh tokens stop working at once' })
  signOut(@Ctx() ctx: AccountsContext): Promise<boolean> {
    const viewer = requirePerson(ctx.viewer);
    if (!viewer.sessionId) return Promise.resolve(false);
    return new SessionService(ctx).revoke(viewer.sessionId, viewer.userId);
  }

  @Mutation(() => Int, { description: 'Ends every session of the signed-in user, on every device; how many' })
  signOutEverywhere(@Ctx() ctx: AccountsContext): Promise<number> {
    return new SessionService(ctx).revokeAll(requirePerson(ctx.viewer).userId);
  }

  @Directive('@inaccessible')
  @Query(() => [ID], { description: 'Internal (service token only): which of these sessions are live' })
  internalActiveSessions(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: AccountsContext): Promise<string[]> {
    requireService(ctx.viewer);
    return new SessionService(ctx).activeIds(ids.slice(0, 100));
  }
}
