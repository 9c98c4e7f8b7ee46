import { requireRegencyAdmin, type RequestContext } from '@kampung/shared';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RegionService } from './region.service.js';
import { DistrictHeadType, RegionType } from './region.type.js';

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

  @FieldResolver(() => DistrictHeadType, {
    nullable: true,
    description: "A district's head (camat), when recorded; null for other levels",
  })
  head(@Root() region: RegionType): DistrictHeadType | null {
    return region.level === 'DISTRICT' && region.headName
      ? { name: region.headName, title: region.headTitle ?? 'Camat' }
      : null;
  }

  @Mutation(() => RegionType, {
    description: 'Admin (regency): the head (camat) of a district, who co-signs letters of services that need it',
  })
  setDistrictHead(
    @Arg('code', () => String) code: string,
    @Arg('name', () => String) name: string,
    @Arg('title', () => String, { nullable: true, description: 'Default "Camat"' }) title: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<RegionType> {
    requireRegencyAdmin(ctx.viewer);
    return new RegionService(ctx).setDistrictHead(code, name, title);
  }
}
