import type { Connection } from '@kampung/shared';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { ServiceType } from '../catalogue/catalogue.type.js';
import type { ServiceView } from '../catalogue/service-view.js';
import type { ServicesContext } from '../env.js';
import type { SatisfactionSurvey } from '../feedback/survey.entity.js';
import { SurveyService } from '../feedback/survey.service.js';
import { SatisfactionSurveyType } from '../feedback/survey.type.js';
import { LetterService } from '../letters/letter.service.js';
import { LetterType } from '../letters/letter.type.js';
import { UserType } from '../users/user.type.js';
import { answerList, maskedNikOf } from './answers.js';
import { RequestService } from './request.service.js';
import type { RequestStatus } from './request.status.js';
import {
  AnswerInput,
  ApplicantContactType,
  RequestAnswerType,
  RequestStatusEnum,
  ServiceRequestConnection,
  ServiceRequestEventType,
  ServiceRequestType,
  TrackedRequestType,
  VillageRef,
} from './request.type.js';
import { isOpen } from './request.workflow.js';
import type { ServiceRequestEvent } from './service-request-event.entity.js';
import type { ServiceRequest } from './service-request.entity.js';

@Resolver(() => ServiceRequestType)
export class ServiceRequestResolver {
  @Query(() => ServiceRequestConnection, { description: "The signed-in citizen's requests, newest first" })
  myServiceRequests(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: ServicesContext,
  ): Promise<Connection<ServiceRequest>> {
    return new RequestService(ctx).applicant.mine(first, after);
  }

  @Query(() => ServiceRequestType, { nullable: true, description: 'For its applicant and staff; null for anyone else' })
  serviceRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: ServicesContext): Promise<ServiceRequest | null> {
    return new RequestService(ctx).reading.one(id);
  }

  @Query(() => ServiceRequestConnection, {
    description:
      'Staff queue of the villages they oversee, by due time (overdue first); open requests unless statuses are given',
  })
  staffServiceRequests(
    @Arg('statuses', () => [RequestStatusEnum], { nullable: true }) statuses: RequestStatus[] | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('villageCode', () => String, {
      nullable: true,
      description: 'One village (FORBIDDEN unless the viewer oversees it); default: every village they oversee',
    })
    villageCode: string | null,
    @Ctx() ctx: ServicesContext,
  ): Promise<Connection<ServiceRequest>> {
    return new RequestService(ctx).staff.queue(statuses, first, after, villageCode);
  }

  @Query(() => TrackedRequestType, {
    nullable: true,
    description: 'Public status by tracking code and the last four NIK digits',
  })
  trackServiceRequest(
    @Arg('trackingCode', () => String) trackingCode: string,
    @Arg('nikLast4', () => String) nikLast4: string,
    @Ctx() ctx: ServicesContext,
  ): Promise<TrackedRequestType | null> {
    return new RequestService(ctx).reading.track(trackingCode, nikLast4);
  }

  @Mutation(() => ServiceRequestType, {
    description:
      'A signed-in citizen applies to a village office (Sembulung when villageCode is left out) for a service it offers; answers are checked field by field against its form',
  })
  submitServiceRequest(
    @Arg('serviceSlug', () => String) serviceSlug: string,
    @Arg('answers', () => [AnswerInput]) answers: AnswerInput[],
    @Arg('villageCode', () => String, { nullable: true }) villageCode: string | null,
    @Ctx() ctx: ServicesContext,
  ): Promise<ServiceRequest> {
    return new RequestService(ctx).applicant.submit(serviceSlug, answers, villageCode);
  }

  @Mutation(() => ServiceRequestType, { description: 'The applicant fixes an INCOMPLETE request: back to SUBMITTED' })
  resubmitServiceRequest(
    @Arg('id', () => ID) id: string,
    @Arg('answers', () => [AnswerInput]) answers: AnswerInput[],
    @Ctx() ctx: ServicesContext,
  ): Promise<ServiceRequest> {
    return new RequestService(ctx).applicant.resubmit(id, answers);
  }

  @Mutation(() => ServiceRequestType, {
    description: 'Staff: VERIFIED, IN_PROCESS, COMPLETED, REJECTED (reason) or INCOMPLETE (what is missing)',
  })
  transitionServiceRequest(
    @Arg('id', () => ID) id: string,
    @Arg('to', () => RequestStatusEnum) to: RequestStatus,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: ServicesContext,
  ): Promise<ServiceRequest> {
    return new RequestService(ctx).staff.transition(id, to, note);
  }

  @Query(() => ServiceRequestConnection, {
    description:
      "District head (camat) or regency admin: requests of the district's villages waiting for the co-signature, by due time",
  })
  cosignServiceRequests(
    @Arg('districtCode', () => String, {
      nullable: true,
      description: 'One district (FORBIDDEN unless the viewer is its officer); default: all of theirs',
    })
    districtCode: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: ServicesContext,
  ): Promise<Connection<ServiceRequest>> {
    return new RequestService(ctx).staff.cosignQueue(districtCode, first, after);
  }

  @Mutation(() => ServiceRequestType, {
    description:
      "District head (camat) of the request's village, or the regency admin: co-sign (AWAITING_COSIGN → COMPLETED, the letter carries both signatures) or, with approve false and a note, return it to the village (→ IN_PROCESS)",
  })
  cosignServiceRequest(
    @Arg('id', () => ID) id: string,
    @Arg('approve', () => Boolean, { defaultValue: true }) approve: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: ServicesContext,
  ): Promise<ServiceRequest> {
    return new RequestService(ctx).staff.cosign(id, approve, note);
  }

  // The parts shown on a request's detail page.

  @FieldResolver(() => VillageRef, { description: 'The village office it was sent to (name and the rest from places)' })
  village(@Root() request: ServiceRequest): VillageRef {
    return { code: request.villageCode };
  }

  @FieldResolver(() => [RequestAnswerType], {
    description: 'Personal data: staff reading it is written to the audit log',
  })
  async answers(
    @Root() request: ServiceRequest,
    @Arg('purpose', () => String, { nullable: true, defaultValue: 'memproses permohonan' }) purpose: string,
    @Ctx() ctx: ServicesContext,
  ): Promise<RequestAnswerType[]> {
    await new RequestService(ctx).reading.revealAnswers(request, purpose);
    return answerList(request);
  }

  @FieldResolver(() => [ServiceRequestEventType], { description: 'The timeline, oldest first' })
  events(@Root() request: ServiceRequest, @Ctx() ctx: ServicesContext): Promise<ServiceRequestEvent[]> {
    return new RequestService(ctx).reading.events(request.id);
  }

  @FieldResolver(() => LetterType, { nullable: true })
  letter(@Root() request: ServiceRequest, @Ctx() ctx: ServicesContext): Promise<LetterType | null> {
    return new LetterService(ctx).ofRequest(request.id);
  }

  @FieldResolver(() => SatisfactionSurveyType, {
    nullable: true,
    description: 'The applicant’s IKM answers, once given',
  })
  survey(@Root() request: ServiceRequest, @Ctx() ctx: ServicesContext): Promise<SatisfactionSurvey | null> {
    return new SurveyService(ctx).ofRequest(request.id);
  }

  @FieldResolver(() => ServiceType, {
    description: 'On the terms of its village (as it offers it now), even if it is no longer offered',
  })
  async service(@Root() request: ServiceRequest, @Ctx() ctx: ServicesContext): Promise<ServiceView> {
    return (await new CatalogueService(ctx).asOfferedIn(request.service.id, request.villageCode))!;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Null when accounts cannot be reached' })
  applicant(@Root() request: ServiceRequest): UserType {
    return { id: request.applicantId };
  }

  @FieldResolver(() => ApplicantContactType, {
    nullable: true,
    description:
      "Personal data: the applicant's email and verified phone, for the staff and head of the request's village and the regency admin (audited); null for anyone else",
  })
  applicantContact(@Root() request: ServiceRequest, @Ctx() ctx: ServicesContext): Promise<ApplicantContactType | null> {
    return new RequestService(ctx).reading.applicantContact(request);
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
