/** The one search port of products; PostgreSQL and Meilisearch adapters answer it the same way. */

export const SEARCH_SORTS = ['RELEVANCE', 'PRICE_ASC', 'PRICE_DESC', 'NEWEST'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export interface SearchQuery {
  text?: string | null;
  categorySlug?: string | null;
  village?: string | null;
  /** Kemendagri code of the shop's village, e.g. 35.10.06.2003. */
  villageCode?: string | null;
  /** Kemendagri code of the shop's district (kecamatan), e.g. 35.10.06. */
  districtCode?: string | null;
  sellerId?: string | null;
  priceMin?: number | null;
  priceMax?: number | null;
  technique?: string | null;
  inStock?: boolean | null;
  sort: SearchSort;
  limit: number;
  offset: number;
}

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

export interface SearchFacets {
  category: FacetCount[];
  village: FacetCount[];
  technique: FacetCount[];
  price: FacetCount[];
  /** How many of the matches have stock. */
  inStock: number;
}

export interface SearchHits {
  /** Product ids of the page, in order. */
  ids: string[];
  totalCount: number;
  facets: SearchFacets;
}

/** What an external index stores per public product. */
export interface SearchDocument {
  id: string;
  title: string;
  description: string;
  motif: string | null;
  technique: string | null;
  attributes: string[];
  categorySlug: string;
  categoryName: string;
  sellerId: string;
  village: string;
  /** The shop's village and district codes ('' for a shop products has no code for). */
  villageCode: string;
  districtCode: string;
  price: number;
  stock: number;
  inStock: boolean;
  createdAt: number;
}

export interface SearchIndex {
  readonly name: 'postgres' | 'meilisearch';
  search(query: SearchQuery): Promise<SearchHits>;
  /** Writes or replaces documents (external indexes only; PostgreSQL's index is the table). */
  upsert(documents: SearchDocument[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  /** Creates the index and applies its settings. */
  configure(): Promise<void>;
}

/** Fixed price ranges for the price facet, whole rupiah; the last is open-ended. */
export const PRICE_RANGES: [number, number | null][] = [
  [0, 100_000],
  [100_000, 250_000],
  [250_000, 500_000],
  [500_000, 1_000_000],
  [1_000_000, null],
];
export const priceRangeValue = ([min, max]: [number, number | null]) => `${min}-${max ?? ''}`;

/** Lower-case words of a query, letters and digits only: safe to build a tsquery from. */
export function queryTokens(text: string | null | undefined): string[] {
  return (text ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length >= 2)
    .slice(0, 8);
}
