import type { RequestContext } from '@kampung/shared';
import { Ctx, Query, Resolver } from 'type-graphql';
import { CategoryService } from './category.service.js';
import { CategoryType } from './category.type.js';

@Resolver(() => CategoryType)
export class CategoryResolver {
  @Query(() => [CategoryType], { description: 'In display order' })
  categories(@Ctx() ctx: RequestContext): Promise<CategoryType[]> {
    return new CategoryService(ctx).all();
  }
}
