import { InternalClient, jwtConfigOf } from '@kampung/shared';
import type { SellersContext } from '../env.js';

const GRANT_SELLER = 'mutation($userId: ID!) { internalGrantRole(userId: $userId, role: SELLER) { id } }';

/** The accounts subgraph, called directly with the sellers service token. */
export class AccountsClient {
  constructor(private readonly context: SellersContext) {}

  /** Best effort: the shop stands even when accounts cannot be reached; the role can be granted again later. */
  async grantSellerRole(userId: string): Promise<void> {
    try {
      const client = new InternalClient('sellers', jwtConfigOf(this.context.env));
      await client.request(this.context.env.ACCOUNTS_URL, GRANT_SELLER, { userId });
    } catch (error) {
      this.context.logger.warn({ err: error, userId }, 'could not grant the SELLER role; the shop is saved');
    }
  }
}
