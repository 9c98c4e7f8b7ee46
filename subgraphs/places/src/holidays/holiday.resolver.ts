import { requireRegencyAdmin, type RequestContext } from '@kampung/shared';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { HolidayService } from './holiday.service.js';
import { HolidayInput, HolidayType } from './holiday.type.js';

@Resolver(() => HolidayType)
export class HolidayResolver {
  @Query(() => [HolidayType], {
    description: 'Public holidays and joint leave days of a year: days with no office hours',
  })
  holidays(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<HolidayType[]> {
    return new HolidayService(ctx).inYear(year);
  }

  @Mutation(() => HolidayType, { description: 'Admin (regency): add a holiday; CONFLICT when the date has one' })
  addHoliday(@Arg('input', () => HolidayInput) input: HolidayInput, @Ctx() ctx: RequestContext): Promise<HolidayType> {
    requireRegencyAdmin(ctx.viewer);
    return new HolidayService(ctx).add(input);
  }

  @Mutation(() => HolidayType, { description: 'Admin (regency): rename the holiday on a date; NOT_FOUND when none' })
  renameHoliday(
    @Arg('date', () => String) date: string,
    @Arg('name', () => String) name: string,
    @Arg('nameEn', () => String) nameEn: string,
    @Ctx() ctx: RequestContext,
  ): Promise<HolidayType> {
    requireRegencyAdmin(ctx.viewer);
    return new HolidayService(ctx).rename(date, name, nameEn);
  }

  @Mutation(() => HolidayType, { description: 'Admin (regency): remove the holiday on a date; returns it' })
  removeHoliday(@Arg('date', () => String) date: string, @Ctx() ctx: RequestContext): Promise<HolidayType> {
    requireRegencyAdmin(ctx.viewer);
    return new HolidayService(ctx).remove(date);
  }
}
