import { ForbiddenError, isStaff, requirePerson } from '@kampung/shared';
import type { ServicesContext } from '../env.js';
import { IKM_ELEMENTS, ikmFraction, ikmGrade, ikmHundredths } from '../feedback/ikm.js';
import type { ServiceStatsType } from './dashboard.type.js';

const round2 = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

/** Staff performance figures per service, in a few grouped queries. */
export class DashboardService {
  constructor(private readonly context: ServicesContext) {}

  /** Requests submitted, and surveys answered, in [from, to) when given. */
  async perService(from: Date | null = null, to: Date | null = null): Promise<ServiceStatsType[]> {
    if (!isStaff(requirePerson(this.context.viewer))) throw new ForbiddenError();
    const db = this.context.em.getConnection();
    const range = [from, from, to, to];
    const period = (column: string) =>
      `(?::timestamptz is null or "${column}" >= ?) and (?::timestamptz is null or "${column}" < ?)`;
    const [services, statuses, times, surveys] = await Promise.all([
      db.execute(`select "id", "name", "sla_hours" from "services"."services" order by "name", "id"`),
      db.execute(
        `select "service_id", "status", count(*)::int as n from "services"."service_requests" where ${period('submitted_at')} group by 1, 2`,
        [...range],
      ),
      db.execute(
        `select "service_id", count(*)::int as n,
          avg(extract(epoch from "completed_at" - "submitted_at")) / 3600 as avg_h,
          percentile_cont(0.9) within group (order by extract(epoch from "completed_at" - "submitted_at")) / 3600 as p90_h,
          (count(*) filter (where "sla_met"))::int as on_time
        from "services"."service_requests" where "completed_at" is not null and ${period('submitted_at')} group by 1`,
        [...range],
      ),
      db.execute(
        `select "service_id", count(*)::int as n, ${IKM_ELEMENTS.map((_, i) => `sum(("scores"->>${i})::int)::int as s${i}`).join(', ')}
        from "services"."satisfaction_surveys" where ${period('created_at')} group by 1`,
        [...range],
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
