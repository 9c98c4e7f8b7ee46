import { InternalClient, jwtConfigOf } from '@kampung/shared';
import { initGraphQLTada, type ResultOf } from 'gql.tada';
import type { SellersEnv } from '../env.js';
import type { introspection } from '@kampung/shared/contracts/orders';

/** Documents typed and checked against subgraphs/orders/schema.graphql (`npm run schema` refreshes it). */
const graphql = initGraphQLTada<{ introspection: typeof introspection; scalars: { DateTimeISO: string } }>();

const SALES_BY_SELLER = graphql(`
  query SalesBySeller($from: DateTimeISO!, $to: DateTimeISO!) {
    internalSalesBySeller(from: $from, to: $to) {
      sellerId
      salesRupiah
    }
  }
`);

export type SellerSales = ResultOf<typeof SALES_BY_SELLER>['internalSalesBySeller'][number];

/** The orders subgraph's internal operations, called directly with the sellers service token. */
export class OrdersClient {
  private readonly client: InternalClient;
  constructor(private readonly env: SellersEnv) {
    this.client = new InternalClient('sellers', jwtConfigOf(env));
  }

  /** Each shop's paid sales (whole rupiah) among orders placed in [from, to). */
  async salesBySeller(from: Date, to: Date): Promise<SellerSales[]> {
    const result = await this.client.send(this.env.ORDERS_URL, SALES_BY_SELLER, {
      from: from.toISOString(),
      to: to.toISOString(),
    });
    return result.internalSalesBySeller;
  }
}
