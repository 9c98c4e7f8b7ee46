import type { RequestContext } from '@kampung/shared';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RegionService } from './region.service.js';
import { RegionType } from './region.type.js';

@Resolver(() => RegionType)
export class RegionResolver {
  @Query(() => [RegionType], { description: 'The 38 provinces, by code' })
  provinces(@Ctx() ctx: RequestContext): Promise<RegionType[]> {
    return new RegionService(ctx).provinces();
  }

  @Query(() => RegionType, { description: 'A region by its Kemendagri code; NOT_FOUND when there is none' })
  region(@Arg('code', () => String) code: string, @Ctx() ctx: RequestContext): Promise<RegionType> {
    return new RegionService(ctx).region(code);
  }

  @Query(() => [RegionType], {
    description: 'The regions one level below a region (regencies of a province, …), by name: for address pickers',
  })
  regionChildren(
    @Arg('parentCode', () => String) parentCode: string,
    @Ctx() ctx: RequestContext,
  ): Promise<RegionType[]> {
    return new RegionService(ctx).children(parentCode);
  }

  @Query(() => [RegionType], { description: "The districts (kecamatan) of the regency's portal, by code" })
  districts(@Ctx() ctx: RequestContext): Promise<RegionType[]> {
    return new RegionService(ctx).districts();
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'The region one level up' })
  parent(@Root() region: RegionType, @Ctx() ctx: RequestContext): Promise<RegionType | null> | null {
    return region.parentCode ? new RegionService(ctx).load(region.parentCode) : null;
  }
}
