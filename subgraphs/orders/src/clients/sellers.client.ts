import { InternalClient, jwtConfigOf } from '@kampung/shared';
import { initGraphQLTada } from 'gql.tada';
import type { OrdersEnv } from '../env.js';
import type { introspection } from '@kampung/shared/contracts/sellers';

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

const SHOP_OWNERS = graphql(`
  query ShopOwners($ids: [ID!]!) {
    internalShopOwners(ids: $ids) {
      shopId
      ownerUserId
    }
  }
`);

/**
 * Who is in each `shop:<id>` audience of orders' group events (decision 031): the shop's owner,
 * all shops in one call to sellers.
 */
export function shopOwnerAudiences(env: OrdersEnv) {
  const client = new InternalClient('orders', jwtConfigOf(env));
  return async (audiences: string[]): Promise<Map<string, string[]>> => {
    const ids = audiences.filter((a) => a.startsWith('shop:')).map((a) => a.slice('shop:'.length));
    const members = new Map<string, string[]>();
    if (!ids.length) return members;
    const data = await client.send(env.SELLERS_URL, SHOP_OWNERS, { ids });
    for (const shop of data.internalShopOwners) members.set(`shop:${shop.shopId}`, [shop.ownerUserId]);
    return members;
  };
}
