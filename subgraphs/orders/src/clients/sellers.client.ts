import { InternalClient, jwtConfigOf } from '@kampung/shared';
import { initGraphQLTada } from 'gql.tada';
import type { OrdersEnv } from '../env.js';
import type { introspection } from './sellers.introspection.js';

/** Documents typed and checked against subgraphs/sellers/schema.graphql (`npm run schema` refreshes it). */
const graphql = initGraphQLTada<{ introspection: typeof introspection; scalars: { DateTimeISO: string } }>();

const SHOP_BY_OWNER = graphql(`
  query ShopByOwner($userId: ID!) {
    internalShopByOwner(userId: $userId) {
      id
    }
  }
`);

/** Which shop a user owns, from the sellers subgraph. */
export async function shopIdOf(env: OrdersEnv, userId: string): Promise<string | null> {
  const client = new InternalClient('orders', jwtConfigOf(env));
  const data = await client.send(env.SELLERS_URL, SHOP_BY_OWNER, { userId });
  return data.internalShopByOwner?.id ?? null;
}
