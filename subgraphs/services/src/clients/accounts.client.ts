import { InternalClient, jwtConfigOf, type PlaceRole } from '@kampung/shared';
import { initGraphQLTada } from 'gql.tada';
import type { ServicesEnv } from '../env.js';
import type { introspection } from '@kampung/shared/contracts/accounts';

/** Documents typed and checked against subgraphs/accounts/schema.graphql (`npm run schema` refreshes it). */
const graphql = initGraphQLTada<{ introspection: typeof introspection; scalars: { DateTimeISO: string } }>();

const MEMBERS_OF = graphql(`
  query MembersOf($placeCode: String!, $roles: [PlaceRole!]!) {
    internalMembersOf(placeCode: $placeCode, roles: $roles) {
      userId
    }
  }
`);

const USER_CONTACTS = graphql(`
  query UserContacts($ids: [ID!]!) {
    internalUserContacts(ids: $ids) {
      id
      name
      email
      phone
    }
  }
`);

/** How to reach a person: their email, and their phone once verified (accounts' internalUserContacts). */
export interface UserContact {
  name: string;
  email: string | null;
  phone: string | null;
}

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

  /** One person's contact (null when accounts knows no such user). */
  async contactOf(userId: string): Promise<UserContact | null> {
    const data = await this.client.send(this.env.ACCOUNTS_URL, USER_CONTACTS, { ids: [userId] });
    const contact = data.internalUserContacts[0];
    return contact ? { name: contact.name, email: contact.email ?? null, phone: contact.phone ?? null } : null;
  }
}
