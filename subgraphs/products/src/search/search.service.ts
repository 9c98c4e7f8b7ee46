import {
  bilingual,
  districtCodeSchema,
  isUuid,
  pageSize,
  UserInputError,
  validate,
  villageCodeSchema,
} from '@kampung/shared';
import { z } from 'zod';
import type { ProductsContext } from '../env.js';
import { ProductService } from '../products/product.service.js';
import { searchIndexFor } from './search-factory.js';
import type { SearchInput, SearchResult } from './search.type.js';

const rupiah = z
  .number()
  .int(bilingual('Harga harus bilangan bulat rupiah', 'Price must be whole rupiah'))
  .min(0, bilingual('Harga tidak boleh negatif', 'Price cannot be negative'))
  .nullish();
const searchSchema = z
  .object({
    text: z
      .string()
      .trim()
      .max(200, bilingual('Kata kunci maksimal 200 karakter', 'Search text may have at most 200 characters'))
      .nullish(),
    categorySlug: z.string().trim().max(60).nullish(),
    village: z.string().trim().max(60).nullish(),
    villageCode: villageCodeSchema.nullish(),
    districtCode: districtCodeSchema.nullish(),
    sellerId: z.string().refine(isUuid, bilingual('ID toko tidak valid', 'Shop id is not valid')).nullish(),
    priceMin: rupiah,
    priceMax: rupiah,
    technique: z.string().trim().max(40).nullish(),
    inStock: z.boolean().nullish(),
  })
  .refine((q) => q.priceMin == null || q.priceMax == null || q.priceMin <= q.priceMax, {
    path: ['priceMax'],
    message: bilingual('Harga maksimum harus ≥ harga minimum', 'Maximum price must be at least the minimum price'),
  });

/** Search cursors are offsets: a result list has no stable keyset across relevance sorts. */
function offsetOf(after: string | null | undefined): number {
  if (!after) return 0;
  const offset = Number(Buffer.from(after, 'base64url').toString('utf8').replace(/^o:/, ''));
  if (!Number.isInteger(offset) || offset < 0 || offset > 10_000)
    throw UserInputError.field('after', { id: 'Kursor halaman tidak valid', en: 'Page cursor is not valid' });
  return offset;
}
const cursorAt = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

export class SearchService {
  constructor(private readonly context: ProductsContext) {}

  async search(input: SearchInput): Promise<SearchResult> {
    const filters = validate(searchSchema, input);
    const limit = pageSize(input.first);
    const offset = offsetOf(input.after);
    const index = searchIndexFor(this.context.env, this.context.em);
    const hits = await index.search({ ...filters, sort: input.sort ?? 'RELEVANCE', limit, offset });
    const nodes = await new ProductService(this.context).publicByIds(hits.ids);
    return {
      edges: nodes.map((node, i) => ({ node, cursor: cursorAt(offset + i + 1) })),
      nodes,
      pageInfo: {
        hasNextPage: offset + hits.ids.length < hits.totalCount,
        endCursor: hits.ids.length ? cursorAt(offset + hits.ids.length) : null,
      },
      totalCount: hits.totalCount,
      facets: hits.facets,
      engine: index.name,
    };
  }
}
