import {
  ForbiddenError,
  isStaff,
  oversightScope,
  requireOverseeVillage,
  requirePerson,
  validate,
  villageCodeSchema,
} from '@kampung/shared';
import { z } from 'zod';
import type { ServicesContext } from '../env.js';
import { IKM_ELEMENTS, ikmFraction, ikmGrade, ikmHundredths } from '../feedback/ikm.js';
import type { ServiceStatsType } from './dashboard.type.js';
import { scopeCondition } from './scope.sql.js';

const round2 = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

/** Completion time in working hours by the village's clock (wall-clock hours for rows from before it was kept). */
const WORKING_HOURS_TAKEN = `coalesce(r."working_minutes_taken" / 60.0, extract(epoch from r."completed_at" - r."submitted_at") / 3600)`;

/**
 * Staff performance figures per service, in a few grouped queries, over the villages the
 * viewer oversees (their own; a district officer's district; all for the regency admin), or
 * one of them. Completion times count working hours.
 */
export class DashboardService {
  constructor(private readonly context: ServicesContext) {}

  /** Requests submitted, and surveys answered, in [from, to) when given. */
  async perService(
    from: Date | null = null,
    to: Date | null = null,
    villageCode: string | null = null,
  ): Promise<ServiceStatsType[]> {
    const viewer = requirePerson(this.context.viewer);
    if (!isStaff(viewer)) throw new ForbiddenError();
    const code = validate(z.object({ villageCode: villageCodeSchema.nullish() }), { villageCode }).villageCode;
    if (code) requireOverseeVillage(viewer, code);
    const scope = scopeCondition(code ? [code] : oversightScope(viewer), 'r."village_code"');
    const offered = scopeCondition(code ? [code] : oversightScope(viewer), 'v."village_code"');
    const db = this.context.em.getConnection();
    const range = [from, from, to, to];
    const period = (column: string) =>
      `(?::timestamptz is null or ${column} >= ?) and (?::timestamptz is null or ${column} < ?)`;
    const [services, statuses, times, surveys] = await Promise.all([
      db.execute(
        `select s."id", s."name", s."sla_hours" from "services"."services" s
         where exists (select 1 from "services"."village_services" v where v."service_id" = s."id" and ${offered.sql})
            or exists (select 1 from "services"."service_requests" r where r."service_id" = s."id" and ${scope.sql})
         order by s."name", s."id"`,
        [...offered.params, ...scope.params],
      ),
      db.execute(
        `select r."service_id", r."status", count(*)::int as n from "services"."service_requests" r
         where ${scope.sql} and ${period('r."submitted_at"')} group by 1, 2`,
        [...scope.params, ...range],
      ),
      db.execute(
        `select r."service_id", count(*)::int as n,
          avg(${WORKING_HOURS_TAKEN}) as avg_h,
          percentile_cont(0.9) within group (order by ${WORKING_HOURS_TAKEN}) as p90_h,
          (count(*) filter (where r."sla_met"))::int as on_time
        from "services"."service_requests" r
        where r."completed_at" is not null and ${scope.sql} and ${period('r."submitted_at"')} group by 1`,
        [...scope.params, ...range],
      ),
      db.execute(
        `select q."service_id", count(*)::int as n, ${IKM_ELEMENTS.map((_, i) => `sum((q."scores"->>${i})::int)::int as s${i}`).join(', ')}
        from "services"."satisfaction_surveys" q join "services"."service_requests" r on r."id" = q."request_id"
        where ${scope.sql} and ${period('q."created_at"')} group by 1`,
        [...scope.params, ...range],
      ),
    ]);
    return (services as { id: string; name: string; sla_hours: number }[]).map((s) => {
      const time = (times as Record<string, unknown>[]).find((t) => t.service_id === s.id);
      const survey = (surveys as Record<string, number | string>[]).find((t) => t.service_id === s.id);
      const n = survey ? Number(survey.n) : 0;
      const fraction = survey
        ? ikmFraction({ sums: IKM_ELEMENTS.map((_, i) => Number(survey[`s${i}`])), counts: IKM_ELEMENTS.map(() => n) })
        : null;
      const hundredths = fraction ? ikmHundredths(fraction) : null;
      const completed = time ? Number(time.n) : 0;
      return {
        serviceId: s.id,
        name: s.name,
        slaHours: s.sla_hours,
        byStatus: (statuses as { service_id: string; status: string; n: number }[])
          .filter((r) => r.service_id === s.id)
          .map((r) => ({ status: r.status, count: r.n })),
        completed,
        avgCompletionHours: time ? round2(Number(time.avg_h)) : null,
        p90CompletionHours: time ? round2(Number(time.p90_h)) : null,
        onTimeShare: completed ? round2(Number(time!.on_time) / completed) : null,
        ikm: hundredths === null ? null : hundredths / 100,
        ikmGrade: hundredths === null ? null : ikmGrade(hundredths),
        ikmResponses: n,
      };
    });
  }
}
