import { gql, type TypedDocumentNode } from '@urql/core';

export type ProductCardData = {
  id: string;
  slug: string;
  title: string;
  imageUrl: string | null;
  priceFrom: number;
  totalStock: number;
  seller: { id: string; name: string; village: string };
};

const ProductCardFragment = gql`
  fragment ProductCard on Product {
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
`;

export type ProductsByCategoryData = {
  products: { totalCount: number; edges: { node: ProductCardData }[] };
};
export type ProductsByCategoryVars = { categorySlug: string; first: number };

export const ProductsByCategoryQuery: TypedDocumentNode<ProductsByCategoryData, ProductsByCategoryVars> = gql`
  query ProductsByCategory($categorySlug: String!, $first: Int!) {
    products(first: $first, filter: { categorySlug: $categorySlug }) {
      totalCount
      edges {
        node {
          ...ProductCard
        }
      }
    }
  }
  ${ProductCardFragment}
`;

export type ProductVariantData = {
  id: string;
  sku: string;
  name: string;
  price: number;
  stock: number;
  options: { name: string; value: string }[];
};

export type ProductDetailData = {
  id: string;
  slug: string;
  title: string;
  description: string;
  imageUrl: string | null;
  priceFrom: number;
  totalStock: number;
  category: { slug: string; name: string };
  variants: ProductVariantData[];
  seller: { id: string; slug: string; name: string; village: string; district: string; whatsapp: string };
  photos: { id: string; url: string; srcset: string; width: number; height: number }[];
  attributes: { name: string; value: string }[];
};

export type ProductBySlugData = { product: ProductDetailData | null };
export type ProductBySlugVars = { slug: string };

export const ProductBySlugQuery: TypedDocumentNode<ProductBySlugData, ProductBySlugVars> = gql`
  query ProductBySlug($slug: String!) {
    product(slug: $slug) {
      id
      slug
      title
      description
      imageUrl
      priceFrom
      totalStock
      category {
        slug
        name
      }
      variants {
        id
        sku
        name
        price
        stock
        options {
          name
          value
        }
      }
      photos {
        id
        url
        srcset
        width
        height
      }
      attributes {
        name
        value
      }
      seller {
        id
        slug
        name
        village
        district
        whatsapp
      }
    }
  }
`;
