import { InternalClient, jwtConfigOf } from '@kampung/shared';
import type { SellersContext } from '../env.js';
import type { VerificationStatus } from './seller.entity.js';

const SET_STATUS =
  'mutation($sellerId: ID!, $status: String!, $village: String) { internalSetSellerStatus(sellerId: $sellerId, status: $status, village: $village) }';

/** The products subgraph, called directly with the sellers service token. */
export class ProductsClient {
  constructor(private readonly context: SellersContext) {}

  /**
   * Tells products a shop's status (and village). Synchronous on purpose: the caller runs it
   * inside its transaction, so a failure here rolls the status change back.
   */
  async setSellerStatus(sellerId: string, status: VerificationStatus, village: string): Promise<void> {
    const client = new InternalClient('sellers', jwtConfigOf(this.context.env));
    await client.request(this.context.env.PRODUCTS_URL, SET_STATUS, { sellerId, status, village });
  }
}
