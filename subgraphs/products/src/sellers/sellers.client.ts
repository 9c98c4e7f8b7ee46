import { InternalClient, jwtConfigOf } from '@kampung/shared';
import type { ProductsContext } from '../env.js';

const SHOP_BY_OWNER = 'query($userId: ID!) { internalShopByOwner(userId: $userId) { id verificationStatus village } }';

export interface ShopRef {
  id: string;
  verificationStatus: 'PENDING' | 'VERIFIED' | 'REJECTED' | 'SUSPENDED';
  village: string;
}

/** The sellers subgraph, called directly with the products service token. */
export class SellersClient {
  constructor(private readonly context: ProductsContext) {}

  async shopOf(userId: string): Promise<ShopRef | null> {
    const client = new InternalClient('products', jwtConfigOf(this.context.env));
    const data = await client.request<{ internalShopByOwner: ShopRef | null }>(
      this.context.env.SELLERS_URL,
      SHOP_BY_OWNER,
      { userId },
    );
    return data.internalShopByOwner;
  }
}
