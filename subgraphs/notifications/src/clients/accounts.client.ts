import { InternalClient, jwtConfigOf } from '@kampung/shared';
import type { NotificationsEnv } from '../env.js';

/** What notifications needs to reach a user (accounts' internalUserContacts). */
export interface UserContact {
  id: string;
  email: string | null;
  /** Only a verified phone number (+62…); null otherwise. */
  phone: string | null;
  language: 'id' | 'en';
  name: string;
}

const USER_CONTACTS = `query UserContacts($ids: [ID!]!) {
  internalUserContacts(ids: $ids) { id email phone language name }
}`;

/** Accounts' internal operations, called directly with the notifications service token. */
export class AccountsClient {
  private readonly client: InternalClient;
  constructor(private readonly env: NotificationsEnv) {
    this.client = new InternalClient('notifications', jwtConfigOf(env));
  }

  /** Contacts of the users that exist (unknown ids are left out). */
  async userContacts(ids: string[]): Promise<UserContact[]> {
    if (!ids.length) return [];
    const data = await this.client.request<{ internalUserContacts: UserContact[] }>(
      this.env.ACCOUNTS_URL,
      USER_CONTACTS,
      {
        ids,
      },
    );
    return data.internalUserContacts;
  }
}
