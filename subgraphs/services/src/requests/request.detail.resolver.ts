import type { RequestContext } from '@kampung/shared';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SurveyService } from '../feedback/survey.service.js';
import { SatisfactionSurveyType } from '../feedback/survey.type.js';
import type { SatisfactionSurvey } from '../feedback/survey.entity.js';
import { verificationUrlOf, LetterService } from '../letters/letter.service.js';
import { LetterType } from '../letters/letter.type.js';
import { answerList } from './answers.js';
import { RequestAnswerType, ServiceRequestEventType } from './request.extra.type.js';
import { RequestQueries } from './request.queries.js';
import { ServiceRequestType } from './request.type.js';
import type { ServiceRequestEvent } from './service-request-event.entity.js';
import type { ServiceRequest } from './service-request.entity.js';

/** The parts of a request shown on its detail page. */
@Resolver(() => ServiceRequestType)
export class ServiceRequestDetailResolver {
  @FieldResolver(() => [RequestAnswerType], {
    description: 'Personal data: staff reading it is written to the audit log',
  })
  async answers(
    @Root() request: ServiceRequest,
    @Arg('purpose', () => String, { nullable: true, defaultValue: 'memproses permohonan' }) purpose: string,
    @Ctx() ctx: RequestContext,
  ): Promise<RequestAnswerType[]> {
    await new RequestQueries(ctx).revealAnswers(request, purpose);
    return answerList(request);
  }

  @FieldResolver(() => [ServiceRequestEventType], { description: 'The timeline, oldest first' })
  events(@Root() request: ServiceRequest, @Ctx() ctx: RequestContext): Promise<ServiceRequestEvent[]> {
    return new RequestQueries(ctx).events(request.id);
  }

  @FieldResolver(() => LetterType, { nullable: true })
  async letter(@Root() request: ServiceRequest, @Ctx() ctx: RequestContext): Promise<LetterType | null> {
    const letter = await new LetterService(ctx).ofRequest(request.id);
    return letter && { ...letter, verificationUrl: verificationUrlOf(letter.verificationCode) };
  }

  @FieldResolver(() => SatisfactionSurveyType, {
    nullable: true,
    description: 'The applicant’s IKM answers, once given',
  })
  survey(@Root() request: ServiceRequest, @Ctx() ctx: RequestContext): Promise<SatisfactionSurvey | null> {
    return new SurveyService(ctx).ofRequest(request.id);
  }
}
