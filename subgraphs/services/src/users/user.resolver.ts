import type { Connection } from '@kampung/shared';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ServicesContext } from '../env.js';
import { RequestService } from '../requests/request.service.js';
import { ServiceRequestConnection } from '../requests/request.type.js';
import type { ServiceRequest } from '../requests/service-request.entity.js';
import { UserType } from './user.type.js';

@Resolver(() => UserType)
export class UserServiceRequestsResolver {
  @FieldResolver(() => ServiceRequestConnection, {
    nullable: true,
    description: 'Newest first; only the user themself and staff may see them; null when services cannot be reached',
  })
  serviceRequests(
    @Root() user: UserType,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: ServicesContext,
  ): Promise<Connection<ServiceRequest>> {
    return new RequestService(ctx).reading.ofUser(user.id, first, after);
  }
}
