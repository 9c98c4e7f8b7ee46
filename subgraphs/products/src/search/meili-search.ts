import { Meilisearch, type Index } from 'meilisearch';
import {
  PRICE_RANGES,
  priceRangeValue,
  type FacetCount,
  type SearchDocument,
  type SearchHits,
  type SearchIndex,
  type SearchQuery,
} from './search-index.js';

const SORT: Record<SearchQuery['sort'], string[] | undefined> = {
  RELEVANCE: undefined,
  NEWEST: ['createdAt:desc'],
  PRICE_ASC: ['price:asc'],
  PRICE_DESC: ['price:desc'],
};

/**
 * When not every word matches, Meilisearch drops words from the end of the query until
 * something does, and ranks documents matching more words first (the "words" ranking rule):
 * one unmatched word does not empty the result, as in the PostgreSQL adapter.
 */
export const MATCHING_STRATEGY = 'last' as const;

export const MEILI_SETTINGS = {
  searchableAttributes: ['title', 'motif', 'technique', 'attributes', 'categoryName', 'village', 'description'],
  filterableAttributes: [
    'categorySlug',
    'village',
    'villageCode',
    'districtCode',
    'sellerId',
    'technique',
    'price',
    'inStock',
  ],
  sortableAttributes: ['price', 'createdAt'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  synonyms: {
    'batik tulis': ['tulis'],
    tulis: ['batik tulis'],
    'batik cap': ['cap'],
    cap: ['batik cap'],
    kopi: ['coffee'],
    coffee: ['kopi'],
    osing: ['using'],
    'buah naga': ['dragon fruit'],
    'dragon fruit': ['buah naga'],
  },
};

/** Meilisearch filter syntax: strings quoted, quotes escaped. */
const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function meiliFilter(query: SearchQuery): string[] {
  const filter: string[] = [];
  if (query.categorySlug) filter.push(`categorySlug = ${quote(query.categorySlug)}`);
  if (query.village) filter.push(`village = ${quote(query.village)}`);
  if (query.villageCode) filter.push(`villageCode = ${quote(query.villageCode)}`);
  if (query.districtCode) filter.push(`districtCode = ${quote(query.districtCode)}`);
  if (query.sellerId) filter.push(`sellerId = ${quote(query.sellerId)}`);
  if (query.technique) filter.push(`technique = ${quote(query.technique)}`);
  if (query.priceMin != null) filter.push(`price >= ${Number(query.priceMin)}`);
  if (query.priceMax != null) filter.push(`price <= ${Number(query.priceMax)}`);
  if (query.inStock) filter.push('inStock = true');
  return filter;
}

/** Meilisearch (used when MEILI_HOST is set): documents are kept in step through the outbox. */
export class MeiliSearchIndex implements SearchIndex {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;

  constructor(
    host: string,
    apiKey: string | undefined,
    private readonly uid: string,
    private readonly categoryLabel: (slug: string) => string = (s) => s,
  ) {
    this.client = new Meilisearch({ host, apiKey });
  }

  private get index(): Index<SearchDocument> {
    return this.client.index<SearchDocument>(this.uid);
  }

  async configure(): Promise<void> {
    const created = await this.client.createIndex(this.uid, { primaryKey: 'id' }).waitTask();
    if (created.status === 'failed' && created.error?.code !== 'index_already_exists')
      throw new Error(`meilisearch: ${created.error?.message}`);
    const task = await this.index.updateSettings(MEILI_SETTINGS).waitTask();
    if (task.status === 'failed') throw new Error(`meilisearch settings: ${task.error?.message}`);
  }

  /** How many documents the index holds (a fresh index is filled from the table at start-up). */
  async documentCount(): Promise<number> {
    return (await this.index.getStats()).numberOfDocuments;
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return;
    const task = await this.index.addDocuments(documents, { primaryKey: 'id' }).waitTask();
    if (task.status === 'failed') throw new Error(`meilisearch documents: ${task.error?.message}`);
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return;
    const task = await this.index.deleteDocuments(ids).waitTask();
    if (task.status === 'failed') throw new Error(`meilisearch delete: ${task.error?.message}`);
  }

  async search(query: SearchQuery): Promise<SearchHits> {
    const filter = meiliFilter(query);
    const [page, ranges] = await Promise.all([
      this.index.search(query.text?.trim() || null, {
        filter,
        facets: ['categorySlug', 'village', 'technique', 'inStock'],
        sort: SORT[query.sort],
        limit: query.limit,
        offset: query.offset,
        attributesToRetrieve: ['id'],
        matchingStrategy: MATCHING_STRATEGY,
      }),
      // One count per price range: Meilisearch has no range facet.
      Promise.all(
        PRICE_RANGES.map(async (range) => {
          const bounds = [`price >= ${range[0]}`, ...(range[1] === null ? [] : [`price < ${range[1]}`])];
          const result = await this.index.search(query.text?.trim() || null, {
            filter: [...filter, ...bounds],
            limit: 0,
            matchingStrategy: MATCHING_STRATEGY,
          });
          return {
            value: priceRangeValue(range),
            label: priceRangeValue(range),
            count: result.estimatedTotalHits ?? 0,
          };
        }),
      ),
    ]);
    const distribution = page.facetDistribution ?? {};
    const facet = (name: string, label: (v: string) => string = (v) => v): FacetCount[] =>
      Object.entries(distribution[name] ?? {})
        .map(([value, count]) => ({ value, label: label(value), count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return {
      ids: page.hits.map((hit) => hit.id),
      totalCount: page.estimatedTotalHits ?? page.hits.length,
      facets: {
        category: facet('categorySlug', this.categoryLabel),
        village: facet('village'),
        technique: facet('technique'),
        price: ranges.filter((r) => r.count > 0),
        inStock: distribution.inStock?.true ?? 0,
      },
    };
  }
}
