import type { RequestContext } from '@kampung/shared';
import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { DashboardService, type ServiceStats } from './dashboard.service.js';

@ObjectType('StatusCount')
class StatusCountType {
  @Field(() => String) status: string;
  @Field(() => Int) count: number;
}

@ObjectType('ServiceStats', { description: 'Staff dashboard figures of one service' })
export class ServiceStatsType {
  @Field(() => ID) serviceId: string;
  @Field(() => String) name: string;
  @Field(() => Int) slaHours: number;
  @Field(() => [StatusCountType]) byStatus: StatusCountType[];
  @Field(() => Int) completed: number;
  @Field(() => Float, { nullable: true }) avgCompletionHours: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile' }) p90CompletionHours: number | null;
  @Field(() => Float, { nullable: true, description: 'Share (0–1) of completed requests that met the SLA' })
  onTimeShare: number | null;
  @Field(() => Float, { nullable: true }) ikm: number | null;
  @Field(() => String, { nullable: true }) ikmGrade: string | null;
  @Field(() => Int) ikmResponses: number;
}

@Resolver()
export class DashboardResolver {
  @Query(() => [ServiceStatsType], {
    description:
      'Staff: requests, completion times against the SLA and IKM per service, for requests submitted (surveys answered) in [from, to)',
  })
  async servicesDashboard(
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
    @Arg('to', () => Date, { nullable: true }) to: Date | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceStatsType[]> {
    const rows: ServiceStats[] = await new DashboardService(ctx).perService(from, to);
    return rows.map((r) => ({ ...r, ikm: r.ikmHundredths === null ? null : r.ikmHundredths / 100 }));
  }
}
