import { gql, type TypedDocumentNode } from '@urql/core';
import type { ProductCardData } from './products';

export type Facet = { value: string; label: string; count: number };
export type SearchData = {
  search: {
    totalCount: number;
    nodes: ProductCardData[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    facets: { category: Facet[]; village: Facet[]; technique: Facet[]; price: Facet[]; inStock: number };
  };
};
export type SearchVars = { input: Record<string, unknown> };
export const SearchQuery: TypedDocumentNode<SearchData, SearchVars> = gql`
  query CatalogSearch($input: SearchInput) {
    search(input: $input) {
      totalCount
      nodes {
        id
        slug
        title
        imageUrl
        priceFrom
        totalStock
        seller {
          id
          name
          village
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      facets {
        category {
          value
          label
          count
        }
        village {
          value
          label
          count
        }
        technique {
          value
          label
          count
        }
        price {
          value
          label
          count
        }
        inStock
      }
    }
  }
`;

export type Shop = {
  id: string;
  slug: string;
  name: string;
  village: string;
  district: string;
  whatsapp: string;
  address: string | null;
  description: string;
  logoUrl: string | null;
  verificationStatus: 'PENDING' | 'VERIFIED' | 'REJECTED' | 'SUSPENDED';
  rejectionReason: string | null;
  createdAt: string;
};
const SHOP_FIELDS =
  'id slug name village district whatsapp address description logoUrl verificationStatus rejectionReason createdAt';

export const ShopBySlugQuery: TypedDocumentNode<{ seller: Shop | null }, { slug: string }> = gql`
  query ShopBySlug($slug: String!) { seller(slug: $slug) { ${SHOP_FIELDS} } }
`;

export type Variant = {
  id: string;
  sku: string;
  name: string;
  price: number;
  stock: number;
  weightGrams: number;
  options: { name: string; value: string }[];
  stockHistory: { id: string; delta: number; resultingStock: number; reason: string; createdAt: string }[];
};
export type MyProduct = {
  id: string;
  slug: string;
  title: string;
  description: string;
  status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
  imageUrl: string | null;
  totalStock: number;
  priceFrom: number;
  category: { slug: string; name: string };
  attributes: { name: string; value: string }[];
  variants: Variant[];
  photos: { id: string; url: string; srcset: string }[];
};
const MY_PRODUCT_FIELDS = `id slug title description status imageUrl totalStock priceFrom category { slug name } attributes { name value }
  variants { id sku name price stock weightGrams options { name value } stockHistory { id delta resultingStock reason createdAt } } photos { id url srcset }`;

export const SellerDashboardQuery: TypedDocumentNode<
  {
    myShop: Shop | null;
    myProducts: { totalCount: number; edges: { node: MyProduct }[] };
    categories: { slug: string; name: string }[];
  },
  Record<string, never>
> = gql`
  query SellerDashboard { myShop { ${SHOP_FIELDS} } myProducts(first: 100) { totalCount edges { node { ${MY_PRODUCT_FIELDS} } } } categories { slug name } }
`;

export const RegisterShopMutation: TypedDocumentNode<
  { registerShop: { id: string } },
  { input: Record<string, unknown> }
> = gql`
  mutation RegisterShop($input: RegisterShopInput!) {
    registerShop(input: $input) {
      id
    }
  }
`;
export const CreateProductMutation: TypedDocumentNode<
  { createProduct: { id: string } },
  { input: Record<string, unknown> }
> = gql`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      id
    }
  }
`;
export const UpdateProductMutation: TypedDocumentNode<
  { updateProduct: { id: string } },
  { id: string; input: Record<string, unknown> }
> = gql`
  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {
    updateProduct(id: $id, input: $input) {
      id
    }
  }
`;
export const PublishMutation: TypedDocumentNode<{ publishProduct: { id: string } }, { id: string }> = gql`
  mutation Publish($id: ID!) {
    publishProduct(id: $id) {
      id
    }
  }
`;
export const UnpublishMutation: TypedDocumentNode<{ unpublishProduct: { id: string } }, { id: string }> = gql`
  mutation Unpublish($id: ID!) {
    unpublishProduct(id: $id) {
      id
    }
  }
`;
export const ArchiveMutation: TypedDocumentNode<{ archiveProduct: { id: string } }, { id: string }> = gql`
  mutation Archive($id: ID!) {
    archiveProduct(id: $id) {
      id
    }
  }
`;
export const AdjustStockMutation: TypedDocumentNode<
  { adjustStock: { id: string } },
  { variantId: string; delta: number; reason: string }
> = gql`
  mutation AdjustStock($variantId: ID!, $delta: Int!, $reason: String!) {
    adjustStock(variantId: $variantId, delta: $delta, reason: $reason) {
      id
      stock
    }
  }
`;

export const ReviewQueueQuery: TypedDocumentNode<
  { shopsForReview: { totalCount: number; edges: { node: Shop }[] } },
  { status: string }
> = gql`
  query ReviewQueue($status: VerificationStatus) { shopsForReview(status: $status, first: 100) { totalCount edges { node { ${SHOP_FIELDS} } } } }
`;
export const StaffShopMutations = {
  verify: gql`
    mutation Verify($id: ID!) {
      verifyShop(id: $id) {
        id
      }
    }
  `,
  reject: gql`
    mutation Reject($id: ID!, $reason: String!) {
      rejectShop(id: $id, reason: $reason) {
        id
      }
    }
  `,
  suspend: gql`
    mutation Suspend($id: ID!, $reason: String!) {
      suspendShop(id: $id, reason: $reason) {
        id
      }
    }
  `,
  restore: gql`
    mutation Restore($id: ID!) {
      restoreShop(id: $id) {
        id
      }
    }
  `,
} as Record<
  'verify' | 'reject' | 'suspend' | 'restore',
  TypedDocumentNode<Record<string, { id: string }>, { id: string; reason?: string }>
>;
