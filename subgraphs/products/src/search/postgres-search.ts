import type { EntityManager } from '@mikro-orm/postgresql';
import { PRICE_RANGES, priceRangeValue, queryTokens, type FacetCount, type SearchHits, type SearchIndex, type SearchQuery } from './search-index.js';

/** How alike a misspelt word must be to a word of the title or attributes (pg_trgm word_similarity). */
const WORD_SIMILARITY = 0.45;

const ORDER: Record<SearchQuery['sort'], string> = {
  RELEVANCE: 'rank desc, created_at desc, id desc',
  NEWEST: 'created_at desc, id desc',
  PRICE_ASC: 'price asc, id asc',
  PRICE_DESC: 'price desc, id desc',
};

const bucketCase = PRICE_RANGES.map((range, i) =>
  `when price >= ${range[0]}${range[1] === null ? '' : ` and price < ${range[1]}`} then ${i}`).join(' ');

/**
 * Full-text search in PostgreSQL: the Indonesian stemmer over a weighted tsvector (title A,
 * attributes B, description C) with prefixes; when that finds nothing, every word matching a
 * word of the title and attributes by trigrams, so that "batk gajah olin" finds Gajah Oling. The table is
 * the index: it is consistent with every committed change by construction.
 */
export class PostgresSearchIndex implements SearchIndex {
  readonly name = 'postgres' as const;

  constructor(private readonly em: EntityManager) {}

  /**
   * Words through the stemmer first; only when that finds nothing, every word by trigram
   * similarity (typos). Trying trigrams on every search would recheck thousands of rows.
   */
  async search(query: SearchQuery): Promise<SearchHits> {
    const exact = await this.run(query, 'fulltext');
    if (exact.totalCount > 0 || queryTokens(query.text).length === 0) return exact;
    return this.run(query, 'trigram');
  }

  private async run(query: SearchQuery, mode: 'fulltext' | 'trigram'): Promise<SearchHits> {
    // Parameters in the order they appear in the SQL text: rank, then where.
    const rankParams: unknown[] = [];
    const whereParams: unknown[] = [];
    const where = [`p.status = 'ACTIVE'`, 'p.seller_visible'];
    const w = (value: unknown) => { whereParams.push(value); return '?'; };
    const tokens = queryTokens(query.text);
    let rank = '0';
    if (tokens.length) {
      const tsquery = tokens.map((t) => `${t}:*`).join(' & ');
      if (mode === 'fulltext') where.push(`p.search_vector @@ to_tsquery('indonesian', ${w(tsquery)})`);
      else where.push(tokens.map((t) => `${w(t)} <% p.search_text`).join(' and '));
      // Ranking costs per matched row: only when the order asks for it.
      if (query.sort === 'RELEVANCE') {
        rank = `ts_rank(p.search_vector, to_tsquery('indonesian', ?)) + word_similarity(?, p.search_text)`;
        rankParams.push(tsquery, tokens.join(' '));
      }
    }
    if (query.categorySlug) where.push(`c.slug = ${w(query.categorySlug)}`);
    if (query.village) where.push(`p.seller_village = ${w(query.village)}`);
    if (query.sellerId) where.push(`p.seller_id = ${w(query.sellerId)}`);
    if (query.technique) where.push(`p.attributes ->> 'technique' = ${w(query.technique)}`);
    if (query.priceMin != null) where.push(`p.price_min >= ${w(query.priceMin)}`);
    if (query.priceMax != null) where.push(`p.price_min <= ${w(query.priceMax)}`);
    if (query.inStock) where.push('p.stock_total > 0');

    const sql = `
      with matched as materialized (
          select p.id, p.created_at, c.slug as category_slug, c.name as category_name, p.seller_village as village,
                 p.attributes ->> 'technique' as technique, ${rank} as rank,
                 p.price_min as price, p.stock_total as stock
          from products.products p join products.categories c on c.id = p.category_id
          where ${where.join(' and ')}
      ),
      page as (select id, row_number() over (order by ${ORDER[query.sort]}) as n from matched order by ${ORDER[query.sort]} limit ${Number(query.limit)} offset ${Number(query.offset)})
      select
        (select count(*)::int from matched) as total,
        (select coalesce(json_agg(id order by n), '[]') from page) as ids,
        (select coalesce(json_agg(json_build_object('value', category_slug, 'label', category_name, 'count', n) order by n desc, category_slug), '[]')
           from (select category_slug, category_name, count(*)::int n from matched group by 1, 2) f) as category,
        (select coalesce(json_agg(json_build_object('value', village, 'label', village, 'count', n) order by n desc, village), '[]')
           from (select village, count(*)::int n from matched where village <> '' group by 1) f) as village,
        (select coalesce(json_agg(json_build_object('value', technique, 'label', technique, 'count', n) order by n desc, technique), '[]')
           from (select technique, count(*)::int n from matched where technique is not null group by 1) f) as technique,
        (select coalesce(json_agg(json_build_object('bucket', b, 'count', n) order by b), '[]')
           from (select case ${bucketCase} end as b, count(*)::int n from matched group by 1) f) as price,
        (select count(*)::int from matched where stock > 0) as in_stock`;
    const ordered = [...rankParams, ...whereParams];
    const rows = await this.em.transactional(async (em) => {
      await em.execute(`set local pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY}`);
      return em.execute<Row[]>(sql, ordered);
    });
    const row = rows[0]!;
    return {
      ids: row.ids,
      totalCount: row.total,
      facets: {
        category: row.category,
        village: row.village,
        technique: row.technique,
        price: row.price.map(({ bucket, count }): FacetCount => {
          const range = PRICE_RANGES[bucket]!;
          return { value: priceRangeValue(range), label: priceRangeValue(range), count };
        }),
        inStock: row.in_stock,
      },
    };
  }

  async upsert(): Promise<void> {}
  async remove(): Promise<void> {}
  async configure(): Promise<void> {}
}

interface Row {
  total: number;
  ids: string[];
  category: FacetCount[];
  village: FacetCount[];
  technique: FacetCount[];
  price: { bucket: number; count: number }[];
  in_stock: number;
}

