import type { Connection, RequestContext } from '@kampung/shared';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { ServiceType } from '../catalogue/catalogue.type.js';
import type { Service } from '../catalogue/service.entity.js';
import { UserType } from '../users/user.type.js';
import { maskedNikOf } from './answers.js';
import { RequestActions } from './request.actions.js';
import { AnswerInput, TrackedRequestType } from './request.extra.type.js';
import { RequestQueries } from './request.queries.js';
import { ServiceRequestService } from './request.service.js';
import type { RequestStatus } from './request.status.js';
import { RequestStatusEnum, ServiceRequestConnection, ServiceRequestType } from './request.type.js';
import { isOpen } from './request.workflow.js';
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

  @Query(() => ServiceRequestType, { nullable: true, description: 'For its applicant and staff; null for anyone else' })
  serviceRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ServiceRequest | null> {
    return new RequestQueries(ctx).one(id);
  }

  @Query(() => ServiceRequestConnection, {
    description: 'Staff queue by due time (overdue first); open requests unless statuses are given',
  })
  staffServiceRequests(
    @Arg('statuses', () => [RequestStatusEnum], { nullable: true }) statuses: RequestStatus[] | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<ServiceRequest>> {
    return new RequestQueries(ctx).queue(statuses, first, after);
  }

  @Query(() => TrackedRequestType, {
    nullable: true,
    description: 'Public status by tracking code and the last four NIK digits',
  })
  async trackServiceRequest(
    @Arg('trackingCode', () => String) trackingCode: string,
    @Arg('nikLast4', () => String) nikLast4: string,
    @Ctx() ctx: RequestContext,
  ): Promise<TrackedRequestType | null> {
    const queries = new RequestQueries(ctx);
    const request = await queries.track(trackingCode, nikLast4);
    if (!request) return null;
    const events = await queries.events(request.id);
    return {
      trackingCode: request.trackingCode,
      status: request.status,
      serviceName: request.service.name,
      submittedAt: request.submittedAt,
      dueAt: request.dueAt,
      completedAt: request.completedAt,
      steps: events.map((e) => ({ status: e.toStatus, at: e.createdAt })),
    };
  }

  @Mutation(() => ServiceRequestType, {
    description: 'A signed-in citizen applies; answers are checked field by field',
  })
  submitServiceRequest(
    @Arg('serviceSlug', () => String) serviceSlug: string,
    @Arg('answers', () => [AnswerInput]) answers: AnswerInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceRequest> {
    return new RequestActions(ctx).submit(serviceSlug, answers);
  }

  @Mutation(() => ServiceRequestType, { description: 'The applicant fixes an INCOMPLETE request: back to SUBMITTED' })
  resubmitServiceRequest(
    @Arg('id', () => ID) id: string,
    @Arg('answers', () => [AnswerInput]) answers: AnswerInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceRequest> {
    return new RequestActions(ctx).resubmit(id, answers);
  }

  @Mutation(() => ServiceRequestType, {
    description: 'Staff: VERIFIED, IN_PROCESS, COMPLETED, REJECTED (reason) or INCOMPLETE (what is missing)',
  })
  transitionServiceRequest(
    @Arg('id', () => ID) id: string,
    @Arg('to', () => RequestStatusEnum) to: RequestStatus,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceRequest> {
    return new RequestActions(ctx).transition(id, to, note);
  }

  @FieldResolver(() => ServiceType, { description: 'Even if it is no longer offered' })
  async service(@Root() request: ServiceRequest, @Ctx() ctx: RequestContext): Promise<Service> {
    return (await new CatalogueService(ctx).byId(request.service.id))!;
  }

  @FieldResolver(() => UserType)
  applicant(@Root() request: ServiceRequest): UserType {
    return { id: request.applicantId };
  }

  @FieldResolver(() => String, { nullable: true, description: 'e.g. 3510********0001, for lists' })
  maskedNik(@Root() request: ServiceRequest): string | null {
    return maskedNikOf(request);
  }

  @FieldResolver(() => Boolean, { description: 'Still open after its due time' })
  overdue(@Root() request: ServiceRequest): boolean {
    return isOpen(request.status) && request.dueAt.getTime() < Date.now();
  }
}
