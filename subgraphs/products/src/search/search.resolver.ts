import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ProductsContext } from '../env.js';
import { SearchService } from './search.service.js';
import { SearchInput, SearchResult } from './search.type.js';

@Resolver()
export class SearchResolver {
  @Query(() => SearchResult, { description: 'Public products by words (typos forgiven) and filters, with facets' })
  search(
    @Arg('input', () => SearchInput, { nullable: true }) input: SearchInput | null,
    @Ctx() ctx: ProductsContext,
  ): Promise<SearchResult> {
    return new SearchService(ctx).search(input ?? {});
  }
}
