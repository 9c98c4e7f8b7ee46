import { InternalClient, jwtConfigOf } from '@kampung/shared';
import type { OrdersEnv } from '../env.js';

export interface CatalogVariant {
  id: string;
  productId: string;
  productTitle: string;
  name: string;
  sku: string;
  price: number;
  stock: number;
  sellerId: string;
  productStatus: string;
}

const VARIANTS =
  'query($ids: [ID!]!) { internalVariants(ids: $ids) { id productId productTitle name sku price stock sellerId productStatus } }';
const RESERVE =
  'mutation($orderId: ID!, $lines: [ReservationLineInput!]!) { internalReserveStock(orderId: $orderId, lines: $lines) { state } }';
const COMMIT = 'mutation($orderId: ID!) { internalCommitStock(orderId: $orderId) { state } }';
const RELEASE =
  'mutation($orderId: ID!, $variantIds: [ID!]) { internalReleaseStock(orderId: $orderId, variantIds: $variantIds) { state } }';

/** The products subgraph's internal operations, called with the orders service token. */
export class ProductsClient {
  private readonly client: InternalClient;
  constructor(private readonly env: OrdersEnv) {
    this.client = new InternalClient('orders', jwtConfigOf(env), 10_000);
  }

  async variants(ids: string[]): Promise<Map<string, CatalogVariant>> {
    if (ids.length === 0) return new Map();
    const data = await this.client.request<{ internalVariants: CatalogVariant[] }>(this.env.PRODUCTS_URL, VARIANTS, {
      ids: [...new Set(ids)],
    });
    return new Map(data.internalVariants.map((v) => [v.id, v]));
  }

  async reserve(orderId: string, lines: { variantId: string; quantity: number }[]): Promise<void> {
    await this.client.request(this.env.PRODUCTS_URL, RESERVE, { orderId, lines });
  }

  async commit(orderId: string): Promise<void> {
    await this.client.request(this.env.PRODUCTS_URL, COMMIT, { orderId });
  }

  async release(orderId: string, variantIds: string[] | null = null): Promise<void> {
    await this.client.request(this.env.PRODUCTS_URL, RELEASE, { orderId, variantIds });
  }
}
