import type { EntityManager } from '@mikro-orm/postgresql';
import {
  PRICE_RANGES,
  priceRangeValue,
  queryTokens,
  type FacetCount,
  type SearchHits,
  type SearchIndex,
  type SearchQuery,
} from './search-index.js';

/** Known words tried in place of each word of a query that found nothing. */
const CORRECTIONS = 3;
/** Lengths of the short words corrected with a lower trigram similarity, and that similarity. */
const SHORT_WORD = [3, 5] as const;
const SHORT_WORD_SIMILARITY = 0.2;

const ORDER: Record<SearchQuery['sort'], string> = {
  RELEVANCE: 'rank desc, created_at desc, id desc',
  NEWEST: 'created_at desc, id desc',
  PRICE_ASC: 'price asc, id asc',
  PRICE_DESC: 'price desc, id desc',
};

const bucketCase = PRICE_RANGES.map(
  (range, i) => `when price >= ${range[0]}${range[1] === null ? '' : ` and price < ${range[1]}`} then ${i}`,
).join(' ');

/**
 * Full-text search in PostgreSQL: the Indonesian stemmer over a weighted tsvector (title A,
 * attributes B, description C) with prefixes; when that finds nothing, misspelt words are
 * corrected by trigrams against the known words, so that "batk gajah olin" finds Gajah Oling. The table is
 * the index: it is consistent with every committed change by construction.
 */
export class PostgresSearchIndex implements SearchIndex {
  readonly name = 'postgres' as const;

  constructor(private readonly em: EntityManager) {}

  /**
   * Words through the stemmer (with prefixes) first; only when that finds nothing, each word
   * may also be one of the closest known words by trigram similarity (typos), looked up in
   * the small `search_words` table rather than rechecked against every product. When all
   * the (corrected) words together still find nothing, the best partial matches are returned:
   * products matching any of the words, those matching more words first (like Meilisearch's
   * matchingStrategy "frequency"/"last", but any word may be the one dropped).
   */
  async search(query: SearchQuery): Promise<SearchHits> {
    const tokens = queryTokens(query.text);
    const exact = await this.run(query, tokens.map((t) => `${t}:*`).join(' & '));
    if (exact.totalCount > 0 || tokens.length === 0) return exact;
    const corrected = await this.corrections(tokens);
    const group = (t: string, words: string[]) => `(${[`${t}:*`, ...words].join(' | ')})`;
    const groups = tokens.map((t) => group(t, corrected.get(t)?.words ?? []));
    const all = await this.run(query, groups.join(' & '));
    if (all.totalCount > 0 || groups.length === 1) return all;
    // A known word is taken as written here: "osing" should not also find "oling".
    const partial = tokens.map((t) => group(t, corrected.get(t)?.known ? [] : (corrected.get(t)?.words ?? [])));
    return this.run(query, partial.join(' | '), partial);
  }

  /** Up to 3 known words close to each token, and whether the token begins a known word itself. */
  private async corrections(tokens: string[]): Promise<Map<string, { words: string[]; known: boolean }>> {
    // Short words (3-5 letters) have few trigrams, so one typo puts them under pg_trgm's
    // threshold ("kpi" / "kopi": 0.25): for them a lower similarity is enough when the first
    // letter agrees. The word table is small; the scan for them is cheap.
    const rows = await this.em.execute<{ token: string; words: string[]; known: boolean }[]>(
      `
      select t.token, exists(select 1 from products.search_words w where w.word like t.token || '%') as known, array(
        select w.word from products.search_words w
        where w.word % t.token
           or (length(t.token) between ${SHORT_WORD[0]} and ${SHORT_WORD[1]} and left(w.word, 1) = left(t.token, 1)
               and similarity(w.word, t.token) >= ${SHORT_WORD_SIMILARITY})
        order by w.word <-> t.token, w.word limit ${CORRECTIONS}) as words
      from unnest(?::text[]) as t(token)`,
      [`{${tokens.join(',')}}`],
    );
    // Words are split on anything but letters and digits: safe inside a tsquery.
    return new Map(
      rows.map((r) => [r.token, { known: r.known, words: r.words.filter((w) => /^[\p{L}\p{N}]+$/u.test(w)) }]),
    );
  }

  /**
   * One search; with `partial` (the word groups of an any-word tsquery), products matching
   * more of the groups rank first.
   */
  private async run(query: SearchQuery, tsquery: string, partial?: string[]): Promise<SearchHits> {
    // Parameters in the order they appear in the SQL text: rank, then where.
    const rankParams: unknown[] = [];
    const whereParams: unknown[] = [];
    const where = [`p.status = 'ACTIVE'`, 'p.seller_visible'];
    const w = (value: unknown) => {
      whereParams.push(value);
      return '?';
    };
    let rank = '0';
    if (tsquery) {
      where.push(`p.search_vector @@ to_tsquery('indonesian', ${w(tsquery)})`);
      // Ranking costs per matched row: only when the order asks for it.
      if (query.sort === 'RELEVANCE') {
        if (partial) {
          // How many words matched, then ts_rank squeezed into [0, 1) so it never outweighs one word.
          const matched = partial.map(() => `(p.search_vector @@ to_tsquery('indonesian', ?))::int`).join(' + ');
          rank = `${matched} + ts_rank(p.search_vector, to_tsquery('indonesian', ?), 32)`;
          rankParams.push(...partial, tsquery);
        } else {
          rank = `ts_rank(p.search_vector, to_tsquery('indonesian', ?))`;
          rankParams.push(tsquery);
        }
      }
    }
    if (query.categorySlug) where.push(`c.slug = ${w(query.categorySlug)}`);
    if (query.village) where.push(`p.seller_village = ${w(query.village)}`);
    if (query.villageCode) where.push(`p.seller_village_code = ${w(query.villageCode)}`);
    // Codes nest: a district's villages are the codes under its prefix (digits and dots only, validated).
    if (query.districtCode) where.push(`p.seller_village_code like ${w(`${query.districtCode}.%`)}`);
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
    const rows = await this.em.execute<Row[]>(sql, ordered);
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
