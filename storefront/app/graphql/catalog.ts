import { graphql } from './graphql';
import { ProductCardFragment } from './products';

export const CatalogSearchQuery = graphql(
  `
    query CatalogSearch($input: SearchInput) {
      search(input: $input) {
        totalCount
        nodes {
          id
          ...ProductCard
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
  `,
  [ProductCardFragment],
);

/** A shop as its owner and the village staff see it (unmasked: pages read it directly). */
export const ShopFieldsFragment = graphql(`
  fragment ShopFields on Seller @_unmask {
    id
    slug
    name
    villageCode
    village
    district
    whatsapp
    address
    description
    logoUrl
    verificationStatus
    rejectionReason
    createdAt
  }
`);

export const ShopBySlugQuery = graphql(
  `
    query ShopBySlug($slug: String!) {
      seller(slug: $slug) {
        ...ShopFields
      }
    }
  `,
  [ShopFieldsFragment],
);

/** A listing in the seller's own dashboard (unmasked). */
export const MyProductFieldsFragment = graphql(`
  fragment MyProductFields on Product @_unmask {
    id
    slug
    title
    description
    status
    imageUrl
    totalStock
    priceFrom
    category {
      slug
      name
    }
    attributes {
      name
      value
    }
    variants {
      id
      sku
      name
      price
      stock
      weightGrams
      options {
        name
        value
      }
      stockHistory {
        id
        delta
        resultingStock
        reason
        createdAt
      }
    }
    photos {
      id
      url
      srcset
    }
  }
`);

export const SellerDashboardQuery = graphql(
  `
    query SellerDashboard {
      myShop {
        ...ShopFields
      }
      myProducts(first: 100) {
        totalCount
        edges {
          node {
            ...MyProductFields
          }
        }
      }
      categories {
        slug
        name
      }
    }
  `,
  [ShopFieldsFragment, MyProductFieldsFragment],
);

export const RegisterShopMutation = graphql(`
  mutation RegisterShop($input: RegisterShopInput!) {
    registerShop(input: $input) {
      id
    }
  }
`);

export const CreateProductMutation = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      id
    }
  }
`);

export const UpdateProductMutation = graphql(`
  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {
    updateProduct(id: $id, input: $input) {
      id
    }
  }
`);

export const PublishMutation = graphql(`
  mutation Publish($id: ID!) {
    publishProduct(id: $id) {
      id
    }
  }
`);

export const UnpublishMutation = graphql(`
  mutation Unpublish($id: ID!) {
    unpublishProduct(id: $id) {
      id
    }
  }
`);

export const ArchiveMutation = graphql(`
  mutation Archive($id: ID!) {
    archiveProduct(id: $id) {
      id
    }
  }
`);

export const AdjustStockMutation = graphql(`
  mutation AdjustStock($variantId: ID!, $delta: Int!, $reason: String!) {
    adjustStock(variantId: $variantId, delta: $delta, reason: $reason) {
      id
      stock
    }
  }
`);

export const ReviewQueueQuery = graphql(
  `
    query ReviewQueue($status: VerificationStatus) {
      shopsForReview(status: $status, first: 100) {
        totalCount
        edges {
          node {
            ...ShopFields
          }
        }
      }
    }
  `,
  [ShopFieldsFragment],
);

export const VerifyShopMutation = graphql(`
  mutation Verify($id: ID!) {
    verifyShop(id: $id) {
      id
    }
  }
`);

export const RejectShopMutation = graphql(`
  mutation Reject($id: ID!, $reason: String!) {
    rejectShop(id: $id, reason: $reason) {
      id
    }
  }
`);

export const SuspendShopMutation = graphql(`
  mutation Suspend($id: ID!, $reason: String!) {
    suspendShop(id: $id, reason: $reason) {
      id
    }
  }
`);

export const RestoreShopMutation = graphql(`
  mutation Restore($id: ID!) {
    restoreShop(id: $id) {
      id
    }
  }
`);
