import type { RequestContext } from '@kampung/shared';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ServiceType } from '../catalogue/catalogue.type.js';
import type { Service } from '../catalogue/service.entity.js';
import { LetterService } from '../letters/letter.service.js';
import { LetterVerificationType } from '../letters/letter.type.js';
import type { SatisfactionSurvey } from './survey.entity.js';
import { SurveyService, type IkmReport } from './survey.service.js';
import { IkmReportType, SatisfactionSurveyType, SurveyInput } from './survey.type.js';

const toType = (report: IkmReport): IkmReportType => ({
  ...report,
  index: report.indexHundredths === null ? null : report.indexHundredths / 100,
});

@Resolver(() => ServiceType)
export class FeedbackResolver {
  @Mutation(() => SatisfactionSurveyType, { description: 'The applicant rates a completed request, once' })
  submitSatisfactionSurvey(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('input', () => SurveyInput) input: SurveyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SatisfactionSurvey> {
    return new SurveyService(ctx).submit(requestId, input);
  }

  @FieldResolver(() => IkmReportType, { description: 'Public satisfaction index, optionally for a period [from, to)' })
  async ikm(
    @Root() service: Service,
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
    @Arg('to', () => Date, { nullable: true }) to: Date | null,
    @Ctx() ctx: RequestContext,
  ): Promise<IkmReportType> {
    return toType(await new SurveyService(ctx).report(service.id, from, to));
  }

  @Query(() => LetterVerificationType, {
    nullable: true,
    description: 'Public: is this letter genuine? null when the code is unknown',
  })
  async verifyLetter(
    @Arg('code', () => String) code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<LetterVerificationType | null> {
    const letter = await new LetterService(ctx).verify(code);
    if (!letter) return null;
    return {
      genuine: true,
      number: letter.number,
      issuedAt: letter.issuedAt,
      serviceName: letter.request.service.name,
      applicantInitials: letter.applicantInitials,
      sha256: letter.sha256,
    };
  }
}
