import { InternalClient, jwtConfigOf } from '@kampung/shared';
import { initGraphQLTada, type ResultOf } from 'gql.tada';
import type { OrdersEnv } from '../env.js';
import type { introspection } from '@kampung/shared/contracts/products';

/** Documents typed and checked against subgraphs/products/schema.graphql (`npm run schema` refreshes it). */
const graphql = initGraphQLTada<{ introspection: typeof introspection; scalars: { DateTimeISO: string } }>();

const VARIANTS = graphql(`
  query Variants($ids: [ID!]!) {
    internalVariants(ids: $ids) {
      id
      productId
      productTitle
      name
      sku
      price
      stock
      sellerId
      productStatus
    }
  }
`);
const RESERVE = graphql(`
  mutation ReserveStock($orderId: ID!, $lines: [ReservationLineInput!]!) {
    internalReserveStock(orderId: $orderId, lines: $lines) {
      state
    }
  }
`);
const COMMIT = graphql(`
  mutation CommitStock($orderId: ID!) {
    internalCommitStock(orderId: $orderId) {
      state
    }
  }
`);
const RELEASE = graphql(`
  mutation ReleaseStock($orderId: ID!, $variantIds: [ID!]) {
    internalReleaseStock(orderId: $orderId, variantIds: $variantIds) {
      state
    }
  }
`);

/** A variant as products reports it at cart and checkout time. */
export type CatalogVariant = ResultOf<typeof VARIANTS>['internalVariants'][number];

/** The products subgraph's internal operations, called with the orders service token. */
export class ProductsClient {
  private readonly client: InternalClient;
  constructor(private readonly env: OrdersEnv) {
    this.client = new InternalClient('orders', jwtConfigOf(env), 10_000);
  }

  async variants(ids: string[]): Promise<Map<string, CatalogVariant>> {
    if (ids.length === 0) return new Map();
    const data = await this.client.send(this.env.PRODUCTS_URL, VARIANTS, { ids: [...new Set(ids)] });
    return new Map(data.internalVariants.map((v) => [v.id, v]));
  }

  async reserve(orderId: string, lines: { variantId: string; quantity: number }[]): Promise<void> {
    await this.client.send(this.env.PRODUCTS_URL, RESERVE, { orderId, lines });
  }

  async commit(orderId: string): Promise<void> {
    await this.client.send(this.env.PRODUCTS_URL, COMMIT, { orderId });
  }

  async release(orderId: string, variantIds: string[] | null = null): Promise<void> {
    await this.client.send(this.env.PRODUCTS_URL, RELEASE, { orderId, variantIds });
  }
}
