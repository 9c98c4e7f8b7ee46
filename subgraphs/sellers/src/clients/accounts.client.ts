import { InternalClient, jwtConfigOf } from '@kampung/shared';
import { initGraphQLTada } from 'gql.tada';
import type { SellersEnv } from '../env.js';
import type { introspection } from '@kampung/shared/contracts/accounts';

/** Documents typed and checked against subgraphs/accounts/schema.graphql (`npm run schema` refreshes it). */
const graphql = initGraphQLTada<{ introspection: typeof introspection; scalars: { DateTimeISO: string } }>();

const GRANT_ROLE = graphql(`
  mutation GrantRole($userId: ID!, $role: Role!) {
    internalGrantRole(userId: $userId, role: $role) {
      id
    }
  }
`);

/** The accounts subgraph's internal operations, called directly with the sellers service token. */
export class AccountsClient {
  private readonly client: InternalClient;
  constructor(private readonly env: SellersEnv) {
    this.client = new InternalClient('sellers', jwtConfigOf(env));
  }

  async grantSellerRole(userId: string): Promise<void> {
    await this.client.send(this.env.ACCOUNTS_URL, GRANT_ROLE, { userId, role: 'SELLER' });
  }
}
