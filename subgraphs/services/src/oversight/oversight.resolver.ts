import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ServicesContext } from '../env.js';
import { OversightService } from './oversight.service.js';
import {
  LeagueOrderEnum,
  OversightMonthType,
  OversightPeriodInput,
  OversightScopeInput,
  VillageDrillDownType,
  VillageLeagueType,
  type LeagueOrder,
} from './oversight.type.js';

@Resolver()
export class OversightResolver {
  @Query(() => VillageLeagueType, {
    description:
      'Oversight: every village of a district or the regency with its figures. Regency admin: any scope; district officer: their district (another: FORBIDDEN); village staff: their own village',
  })
  villageLeague(
    @Arg('period', () => OversightPeriodInput) period: OversightPeriodInput,
    @Ctx() ctx: ServicesContext,
    @Arg('scope', () => OversightScopeInput, { nullable: true }) scope?: OversightScopeInput | null,
    @Arg('serviceId', () => ID, { nullable: true }) serviceId?: string | null,
    @Arg('orderBy', () => LeagueOrderEnum, { defaultValue: 'CODE' }) orderBy: LeagueOrder = 'CODE',
    @Arg('descending', () => Boolean, { defaultValue: false }) descending = false,
  ): Promise<VillageLeagueType> {
    return new OversightService(ctx).league(
      scope?.districtCode ?? null,
      period,
      serviceId ?? null,
      orderBy,
      descending,
    );
  }

  @Query(() => [OversightMonthType], {
    description: 'Oversight: requests per month of a village, a district or the regency (same rights as villageLeague)',
  })
  oversightSeries(
    @Arg('period', () => OversightPeriodInput) period: OversightPeriodInput,
    @Ctx() ctx: ServicesContext,
    @Arg('scope', () => OversightScopeInput, { nullable: true }) scope?: OversightScopeInput | null,
    @Arg('villageCode', () => String, { nullable: true }) villageCode?: string | null,
    @Arg('serviceId', () => ID, { nullable: true }) serviceId?: string | null,
  ): Promise<OversightMonthType[]> {
    return new OversightService(ctx).series(
      scope?.districtCode ?? null,
      villageCode ?? null,
      period,
      serviceId ?? null,
      false,
    );
  }

  @Query(() => VillageDrillDownType, {
    description: 'Oversight: one village’s figures, months, completion-time distribution and services',
  })
  villageFigures(
    @Arg('villageCode', () => String) villageCode: string,
    @Arg('period', () => OversightPeriodInput) period: OversightPeriodInput,
    @Ctx() ctx: ServicesContext,
    @Arg('serviceId', () => ID, { nullable: true }) serviceId?: string | null,
  ): Promise<VillageDrillDownType> {
    return new OversightService(ctx).village(villageCode, period, serviceId ?? null);
  }

  @Query(() => VillageLeagueType, {
    description: 'Transparency (public): the league of the regency or a district; aggregates only, no personal data',
  })
  publicRegencyFigures(
    @Arg('period', () => OversightPeriodInput) period: OversightPeriodInput,
    @Ctx() ctx: ServicesContext,
    @Arg('scope', () => OversightScopeInput, { nullable: true }) scope?: OversightScopeInput | null,
    @Arg('serviceId', () => ID, { nullable: true }) serviceId?: string | null,
    @Arg('orderBy', () => LeagueOrderEnum, { defaultValue: 'CODE' }) orderBy: LeagueOrder = 'CODE',
    @Arg('descending', () => Boolean, { defaultValue: false }) descending = false,
  ): Promise<VillageLeagueType> {
    return new OversightService(ctx).publicLeague(
      scope?.districtCode ?? null,
      period,
      serviceId ?? null,
      orderBy,
      descending,
    );
  }

  @Query(() => VillageDrillDownType, {
    description: 'Transparency (public): one village’s figures; aggregates only, no personal data',
  })
  publicVillageFigures(
    @Arg('villageCode', () => String) villageCode: string,
    @Arg('period', () => OversightPeriodInput) period: OversightPeriodInput,
    @Ctx() ctx: ServicesContext,
    @Arg('serviceId', () => ID, { nullable: true }) serviceId?: string | null,
  ): Promise<VillageDrillDownType> {
    return new OversightService(ctx).publicVillage(villageCode, period, serviceId ?? null);
  }

  @Query(() => [OversightMonthType], { description: 'Transparency (public): requests per month' })
  publicOversightSeries(
    @Arg('period', () => OversightPeriodInput) period: OversightPeriodInput,
    @Ctx() ctx: ServicesContext,
    @Arg('scope', () => OversightScopeInput, { nullable: true }) scope?: OversightScopeInput | null,
    @Arg('villageCode', () => String, { nullable: true }) villageCode?: string | null,
    @Arg('serviceId', () => ID, { nullable: true }) serviceId?: string | null,
  ): Promise<OversightMonthType[]> {
    return new OversightService(ctx).series(
      scope?.districtCode ?? null,
      villageCode ?? null,
      period,
      serviceId ?? null,
      true,
    );
  }
}
