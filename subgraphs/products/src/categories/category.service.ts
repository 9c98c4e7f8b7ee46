import { orderByKeys, type RequestContext } from '@kampung/shared';
import { Category } from './category.entity.js';

export class CategoryService {
  constructor(private readonly context: RequestContext) {}

  all(): Promise<Category[]> {
    return this.context.em.find(Category, {}, { orderBy: { position: 'asc', name: 'asc' } });
  }

  /** Batched: the categories of a whole page of products are one query. */
  async byId(id: string): Promise<Category> {
    const category = await this.context.loaders
      .get<string, Category | null>('Category.byId', async (ids) =>
        orderByKeys(ids, await this.context.em.find(Category, { id: { $in: [...ids] } }), (c) => c.id),
      )
      .load(id);
    if (!category) throw new Error(`category ${id} is missing`);
    return category;
  }
}
