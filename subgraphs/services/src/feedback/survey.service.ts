import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { bilingual, ConflictError, isUuid, NotFoundError, requirePerson, validate } from '@kampung/shared';
import { z } from 'zod';
import type { ServicesContext } from '../env.js';
import { ServiceRequest } from '../requests/service-request.entity.js';
import { IKM_ELEMENTS, ikmFraction, ikmGrade, ikmHundredths } from './ikm.js';
import { SatisfactionSurvey } from './survey.entity.js';
import type { IkmReportType } from './survey.type.js';

const score = z.number().int().min(1, bilingual('Nilai 1–4', 'Score 1–4')).max(4, bilingual('Nilai 1–4', 'Score 1–4'));
const surveySchema = z.object({
  scores: z.array(score).length(IKM_ELEMENTS.length, bilingual('Jawab kesembilan unsur', 'Answer all nine elements')),
  comment: z.string().trim().max(1000).nullish(),
});

export class SurveyService {
  constructor(private readonly context: ServicesContext) {}

  /** Once per completed request, by its applicant. */
  async submit(requestId: string, input: { scores: number[]; comment?: string | null }): Promise<SatisfactionSurvey> {
    const viewer = requirePerson(this.context.viewer);
    const data = validate(surveySchema, input);
    const request = isUuid(requestId) ? await this.context.em.findOne(ServiceRequest, { id: requestId }) : null;
    if (!request || request.applicantId !== viewer.userId) throw new NotFoundError({ id: 'Permohonan', en: 'Request' });
    if (request.status !== 'COMPLETED')
      throw new ConflictError({
        id: 'Survei hanya untuk permohonan yang sudah selesai',
        en: 'The survey is for completed requests only',
      });
    try {
      const survey = this.context.em.create(SatisfactionSurvey, {
        request,
        service: request.service,
        scores: data.scores,
        comment: data.comment ?? null,
      });
      await this.context.em.flush();
      return survey;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw new ConflictError({
          id: 'Survei untuk permohonan ini sudah diisi',
          en: 'This request’s survey has already been answered',
        });
      throw error;
    }
  }

  /** The survey of a request whose reading was already allowed (its applicant, or who oversees its village). */
  ofRequest(requestId: string): Promise<SatisfactionSurvey | null> {
    return this.context.em.findOne(SatisfactionSurvey, { request: requestId });
  }

  /**
   * Public: sums and counts in SQL integers; the index as an exact fraction, rounded once (to
   * hundredths). Of one village's requests when `villageCode` is given (a service as that
   * village offers it), else of every village's.
   */
  async report(
    serviceId: string,
    from?: Date | null,
    to?: Date | null,
    villageCode: string | null = null,
  ): Promise<IkmReportType> {
    const sql = `select count(*)::int as n, ${IKM_ELEMENTS.map((_, i) => `coalesce(sum((q."scores"->>${i})::int), 0)::int as s${i}`).join(', ')}
      from "services"."satisfaction_surveys" q join "services"."service_requests" r on r."id" = q."request_id"
      where q."service_id" = ? and (?::text is null or r."village_code" = ?)
        and (?::timestamptz is null or q."created_at" >= ?) and (?::timestamptz is null or q."created_at" < ?)`;
    const rows: Record<string, number>[] = await this.context.em
      .getConnection()
      .execute(sql, [serviceId, villageCode, villageCode, from ?? null, from ?? null, to ?? null, to ?? null]);
    const row = rows[0]!;
    const n = row.n ?? 0;
    const sums = IKM_ELEMENTS.map((_, i) => row[`s${i}`] ?? 0);
    const counts = IKM_ELEMENTS.map(() => n);
    const fraction = ikmFraction({ sums, counts });
    const indexHundredths = fraction ? ikmHundredths(fraction) : null;
    return {
      serviceId,
      responses: n,
      elements: IKM_ELEMENTS.map((element, i) => ({
        element,
        sum: sums[i]!,
        count: n,
        nrr: n ? Math.round((sums[i]! * 100) / n) / 100 : 0,
      })),
      index: indexHundredths === null ? null : indexHundredths / 100,
      grade: indexHundredths === null ? null : ikmGrade(indexHundredths),
    };
  }
}
