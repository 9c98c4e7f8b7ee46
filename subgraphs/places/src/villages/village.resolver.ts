import { requireRegencyAdmin, type RequestContext } from '@kampung/shared';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RegionService } from '../regions/region.service.js';
import { RegionType } from '../regions/region.type.js';
import { toVillageType, VillageService } from './village.service.js';
import { VillageConnection, VillageOfficeInput, VillageType } from './village.type.js';

@Resolver(() => VillageType)
export class VillageResolver {
  @Query(() => VillageType, { description: 'A village of the regency by code; NOT_FOUND when there is none' })
  async village(@Arg('code', () => String) code: string, @Ctx() ctx: RequestContext): Promise<VillageType> {
    return toVillageType(await new VillageService(ctx).get(code));
  }

  @Query(() => VillageConnection, {
    description: 'Villages of the regency by code, optionally of one district or online only',
  })
  villages(
    @Ctx() ctx: RequestContext,
    @Arg('districtCode', () => String, { nullable: true }) districtCode?: string | null,
    @Arg('online', () => Boolean, { nullable: true }) online?: boolean | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return new VillageService(ctx).list({ districtCode, online, first, after });
  }

  @Mutation(() => VillageType, {
    description: 'Admin: change a village office (address, hours, head, letter code, logo)',
  })
  async updateVillageOffice(
    @Arg('code', () => String) code: string,
    @Arg('input', () => VillageOfficeInput) input: VillageOfficeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<VillageType> {
    requireRegencyAdmin(ctx.viewer);
    return toVillageType(await new VillageService(ctx).updateOffice(code, input));
  }

  @Mutation(() => VillageType, {
    description: 'Admin: bring a village online (needs its address, hours, head and letter code) or take it offline',
  })
  async setVillageOnline(
    @Arg('code', () => String) code: string,
    @Arg('online', () => Boolean) online: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<VillageType> {
    requireRegencyAdmin(ctx.viewer);
    return toVillageType(await new VillageService(ctx).setOnline(code, online));
  }

  @FieldResolver(() => RegionType, { description: 'Its district (kecamatan)' })
  async district(@Root() village: VillageType, @Ctx() ctx: RequestContext): Promise<RegionType> {
    return (await new RegionService(ctx).load(village.districtCode))!;
  }
}
