import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { ServiceType } from '../catalogue/catalogue.type.js';
import type { ServiceView } from '../catalogue/service-view.js';
import type { ServicesContext } from '../env.js';
import type { SatisfactionSurvey } from './survey.entity.js';
import { SurveyService } from './survey.service.js';
import { IkmReportType, SatisfactionSurveyType, SurveyInput } from './survey.type.js';

@Resolver(() => ServiceType)
export class FeedbackResolver {
  @Mutation(() => SatisfactionSurveyType, { description: 'The applicant rates a completed request, once' })
  submitSatisfactionSurvey(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('input', () => SurveyInput) input: SurveyInput,
    @Ctx() ctx: ServicesContext,
  ): Promise<SatisfactionSurvey> {
    return new SurveyService(ctx).submit(requestId, input);
  }

  @FieldResolver(() => IkmReportType, {
    description:
      'Public satisfaction index, optionally for a period [from, to): of the village offering it (offeredIn), else of every village',
  })
  ikm(
    @Root() service: ServiceView,
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
    @Arg('to', () => Date, { nullable: true }) to: Date | null,
    @Ctx() ctx: ServicesContext,
  ): Promise<IkmReportType> {
    return new SurveyService(ctx).report(service.id, from, to, service.offeredIn ?? null);
  }
}
