import { graphql } from './graphql';

/** What a product card shows (masked: read it with `readFragment` in components/ProductCard.tsx). */
export const ProductCardFragment = graphql(`
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
`);

/** The seller box on a product page (masked: read in components/SellerCard.tsx). */
export const SellerCardFragment = graphql(`
  fragment SellerCard on Seller {
    id
    slug
    name
    village
    district
    whatsapp
  }
`);

export const ProductsByCategoryQuery = graphql(
  `
    query ProductsByCategory($categorySlug: String!, $first: Int!) {
      products(first: $first, filter: { categorySlug: $categorySlug }) {
        totalCount
        edges {
          node {
            id
            ...ProductCard
          }
        }
      }
    }
  `,
  [ProductCardFragment],
);

/** What the product page shows of a product, with or without its shop. */
const ProductDetailFields = graphql(`
  fragment ProductDetailFields on Product @_unmask {
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
  }
`);

export const ProductBySlugQuery = graphql(
  `
    query ProductBySlug($slug: String!) {
      product(slug: $slug) {
        ...ProductDetailFields
        seller {
          id
          slug
          ...SellerCard
        }
      }
    }
  `,
  [ProductDetailFields, SellerCardFragment],
);
