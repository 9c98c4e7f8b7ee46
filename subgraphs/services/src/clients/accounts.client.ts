import { InternalClient, jwtConfigOf, type PlaceRole } from '@kampung/shared';
import { initGraphQLTada } from 'gql.tada';
import type { ServicesEnv } from '../env.js';
import type { introspection } from './accounts.introspection.js';

/** Documents typed and checked against subgraphs/accounts/schema.graphql (`npm run schema` refreshes it). */
const graphql = initGraphQLTada<{ introspection: typeof introspection; scalars: { DateTimeISO: string } }>();

const MEMBERS_OF = graphql(`
  query MembersOf($placeCode: String!, $roles: [PlaceRole!]!) {
    internalMembersOf(placeCode: $placeCode, roles: $roles) {
      userId
    }
  }
`);

/** Who holds office where: the accounts subgraph's `internalMembersOf`, called with the services token. */
export class AccountsClient {
  private readonly client: InternalClient;
  constructor(private readonly env: ServicesEnv) {
    this.client = new InternalClient('services', jwtConfigOf(env));
  }

  /** The user ids holding any of `roles` at exactly `placeCode`. */
  async membersOf(placeCode: string, roles: PlaceRole[]): Promise<string[]> {
    const data = await this.client.send(this.env.ACCOUNTS_URL, MEMBERS_OF, { placeCode, roles });
    return data.internalMembersOf.map((member) => member.userId);
  }
}
