import { InternalClient, jwtConfigOf } from '@kampung/shared';
import { initGraphQLTada, type VariablesOf } from 'gql.tada';
import type { SellersEnv } from '../env.js';
import type { introspection } from '@kampung/shared/contracts/products';

/** Documents typed and checked against subgraphs/products/schema.graphql (`npm run schema` refreshes it). */
const graphql = initGraphQLTada<{ introspection: typeof introspection; scalars: { DateTimeISO: string } }>();

const SET_SELLER_STATUS = graphql(`
  mutation SetSellerStatus(
    $sellerId: ID!
    $ownerUserId: ID!
    $status: VerificationStatus!
    $village: String!
    $villageCode: String!
    $version: Int!
  ) {
    internalSetSellerStatus(
      sellerId: $sellerId
      ownerUserId: $ownerUserId
      status: $status
      village: $village
      villageCode: $villageCode
      version: $version
    )
  }
`);

/** One delivery of sellers' status outbox: a shop's state as of `version`. */
export type SellerStatusChange = VariablesOf<typeof SET_SELLER_STATUS>;

/** The products subgraph's internal operations, called directly with the sellers service token. */
export class ProductsClient {
  private readonly client: InternalClient;
  constructor(private readonly env: SellersEnv) {
    this.client = new InternalClient('sellers', jwtConfigOf(env));
  }

  /** Idempotent on products' side: false when products already had this version or a newer one. */
  async setSellerStatus(change: SellerStatusChange): Promise<boolean> {
    return (await this.client.send(this.env.PRODUCTS_URL, SET_SELLER_STATUS, change)).internalSetSellerStatus;
  }
}
