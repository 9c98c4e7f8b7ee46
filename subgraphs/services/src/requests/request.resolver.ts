import type { Connection, RequestContext } from '@kampung/shared';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { ServiceType } from '../catalogue/catalogue.type.js';
import type { Service } from '../catalogue/service.entity.js';
import { UserType } from '../users/user.type.js';
import { ServiceRequestService } from './request.service.js';
import { ServiceRequestConnection, ServiceRequestType } from './request.type.js';
import type { ServiceRequest } from './service-request.entity.js';

@Resolver(() => ServiceRequestType)
export class ServiceRequestResolver {
  @Query(() => ServiceRequestConnection, { description: "The signed-in citizen's requests, newest first" })
  myServiceRequests(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<ServiceRequest>> {
    return new ServiceRequestService(ctx).myRequests(first, after);
  }

  @FieldResolver(() => ServiceType, { description: 'Even if it is no longer offered' })
  async service(@Root() request: ServiceRequest, @Ctx() ctx: RequestContext): Promise<Service> {
    return (await new CatalogueService(ctx).byId(request.service.id))!;
  }

  @FieldResolver(() => UserType)
  applicant(@Root() request: ServiceRequest): UserType {
    return { id: request.applicantId };
  }
}
