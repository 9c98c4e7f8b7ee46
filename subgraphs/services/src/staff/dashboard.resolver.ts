import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ServicesContext } from '../env.js';
import { DashboardService } from './dashboard.service.js';
import { ServiceStatsType } from './dashboard.type.js';

@Resolver()
export class DashboardResolver {
  @Query(() => [ServiceStatsType], {
    description:
      'Staff: requests, completion times in working hours against the SLA and IKM per service, for requests submitted (surveys answered) in [from, to), over the villages they oversee or one of them',
  })
  servicesDashboard(
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
    @Arg('to', () => Date, { nullable: true }) to: Date | null,
    @Arg('villageCode', () => String, { nullable: true }) villageCode: string | null,
    @Ctx() ctx: ServicesContext,
  ): Promise<ServiceStatsType[]> {
    return new DashboardService(ctx).perService(from, to, villageCode);
  }
}
