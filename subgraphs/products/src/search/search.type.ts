import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '@kampung/shared';
import { ProductType } from '../products/product.type.js';
import { SEARCH_SORTS, type SearchSort } from './search-index.js';

export const SearchSortEnum = Object.fromEntries(SEARCH_SORTS.map((s) => [s, s])) as { [S in SearchSort]: S };
registerEnumType(SearchSortEnum, { name: 'SearchSort' });

@InputType()
export class SearchInput {
  @Field(() => String, { nullable: true, description: 'Words; typos and prefixes are forgiven' })
  text?: string | null;

  @Field(() => String, { nullable: true })
  categorySlug?: string | null;

  @Field(() => String, { nullable: true, description: "The shop's village, by name" })
  village?: string | null;

  @Field(() => String, { nullable: true, description: "Kemendagri code of the shop's village, e.g. 35.10.06.2003" })
  villageCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Kemendagri code of the shop's district (kecamatan), e.g. 35.10.06",
  })
  districtCode?: string | null;

  @Field(() => ID, { nullable: true })
  sellerId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Whole rupiah, on the lowest variant price' })
  priceMin?: number | null;

  @Field(() => Int, { nullable: true })
  priceMax?: number | null;

  @Field(() => String, { nullable: true, description: 'Batik technique: tulis, cap, printing, kombinasi' })
  technique?: string | null;

  @Field(() => Boolean, { nullable: true })
  inStock?: boolean | null;

  @Field(() => SearchSortEnum, { nullable: true, defaultValue: 'RELEVANCE' })
  sort?: SearchSort | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ObjectType()
export class FacetValue {
  @Field(() => String)
  value: string;

  @Field(() => String)
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class SearchFacetsType {
  @Field(() => [FacetValue])
  category: FacetValue[];

  @Field(() => [FacetValue])
  village: FacetValue[];

  @Field(() => [FacetValue])
  technique: FacetValue[];

  @Field(() => [FacetValue], { description: 'Ranges "min-max" in rupiah; the last is "min-"' })
  price: FacetValue[];

  @Field(() => Int, { description: 'Matches with stock' })
  inStock: number;
}

@ObjectType()
export class SearchEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => ProductType)
  node: ProductType;
}

@ObjectType()
export class SearchResult {
  @Field(() => [SearchEdge])
  edges: SearchEdge[];

  @Field(() => [ProductType])
  nodes: ProductType[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;

  @Field(() => SearchFacetsType)
  facets: SearchFacetsType;

  @Field(() => String, { description: 'postgres or meilisearch' })
  engine: string;
}
