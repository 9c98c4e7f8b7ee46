import { bilingual, HOME_REGENCY_CODE, requireRegencyAdmin, requireRole, validate } from '@kampung/shared';
import { z } from 'zod';
import type { ServicesContext } from '../env.js';
import { EscalationSettings } from './escalation-settings.entity.js';
import type { EscalationThresholdsType } from './escalation-settings.type.js';
import { DEFAULT_COMPLAINT_THRESHOLDS } from './thresholds.js';

/** Five working weeks (35 h a week): a longer wait is no escalation any more. */
const MAX_HOURS = 175;

const hours = (field: string) =>
  z
    .number()
    .int(bilingual(`${field} harus bilangan bulat jam kerja`, `${field} must be whole working hours`))
    .min(0, bilingual(`${field} tidak boleh negatif`, `${field} cannot be negative`))
    .max(
      MAX_HOURS,
      bilingual(`${field} paling lama ${MAX_HOURS} jam kerja`, `${field} is at most ${MAX_HOURS} working hours`),
    );

const thresholdsSchema = z.object({
  unansweredHours: hours('unansweredHours'),
  escalateAfterHours: hours('escalateAfterHours'),
});

export class EscalationSettingsService {
  constructor(private readonly context: ServicesContext) {}

  /** Staff and admins read them (the escalation is their clock). */
  async read(): Promise<EscalationThresholdsType> {
    requireRole(this.context.viewer, 'STAFF', 'ADMIN');
    const row = await this.context.em.findOne(EscalationSettings, { regencyCode: HOME_REGENCY_CODE });
    return row
      ? { unansweredHours: row.unansweredHours, escalateAfterHours: row.escalateAfterHours, updatedAt: row.updatedAt }
      : { ...DEFAULT_COMPLAINT_THRESHOLDS, updatedAt: null };
  }

  /** The regency admin sets them; the next check of complaints uses them. */
  async set(input: unknown): Promise<EscalationThresholdsType> {
    const viewer = requireRegencyAdmin(this.context.viewer);
    const data = validate(thresholdsSchema, input);
    const em = this.context.em;
    const row =
      (await em.findOne(EscalationSettings, { regencyCode: HOME_REGENCY_CODE })) ??
      em.create(EscalationSettings, { regencyCode: HOME_REGENCY_CODE, ...data });
    row.unansweredHours = data.unansweredHours;
    row.escalateAfterHours = data.escalateAfterHours;
    row.updatedBy = viewer.userId;
    row.updatedAt = new Date();
    await em.flush();
    return {
      unansweredHours: row.unansweredHours,
      escalateAfterHours: row.escalateAfterHours,
      updatedAt: row.updatedAt,
    };
  }
}
