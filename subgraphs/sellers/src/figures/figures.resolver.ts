import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { SellersContext } from '../env.js';
import { MarketFiguresService } from './figures.service.js';
import { VillageMarketFigures } from './figures.type.js';

@Resolver()
export class MarketFiguresResolver {
  @Query(() => [VillageMarketFigures], {
    description:
      'District officers (their districts) and the regency admin: active shops and paid sales per village for orders placed in [from, to); villages without shops are left out',
  })
  marketplaceFiguresByVillage(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() ctx: SellersContext,
  ): Promise<VillageMarketFigures[]> {
    return new MarketFiguresService(ctx).byVillage(from, to);
  }
}
