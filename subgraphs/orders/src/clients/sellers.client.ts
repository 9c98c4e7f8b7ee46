import { InternalClient, jwtConfigOf } from '@kampung/shared';
import type { OrdersEnv } from '../env.js';

const SHOP_BY_OWNER = 'query($userId: ID!) { internalShopByOwner(userId: $userId) { id } }';

/** Which shop a user owns, from the sellers subgraph. */
export async function shopIdOf(env: OrdersEnv, userId: string): Promise<string | null> {
  const client = new InternalClient('orders', jwtConfigOf(env));
  const data = await client.request<{ internalShopByOwner: { id: string } | null }>(env.SELLERS_URL, SHOP_BY_OWNER, {
    userId,
  });
  return data.internalShopByOwner?.id ?? null;
}
