import { buildFederatedSchema } from '@kampung/shared';
import { resolveUserReference } from './users/user.reference.js';
import { MembersOfResolver } from './memberships/members-of.resolver.js';
import { MembershipResolver, UserFieldsResolver } from './memberships/membership.resolver.js';
import { RecoveryResolver } from './recovery/recovery.resolver.js';
import { SessionResolver } from './sessions/session.resolver.js';
import { UserResolver } from './users/user.resolver.js';
import { UserContactsResolver } from './users/user-contacts.resolver.js';
import { UserPersonalResolver } from './users/user-personal.resolver.js';

export const buildAccountsSchema = () =>
  buildFederatedSchema({
    resolvers: [
      UserResolver,
      UserFieldsResolver,
      UserPersonalResolver,
      MembershipResolver,
      MembersOfResolver,
      SessionResolver,
      UserContactsResolver,
      RecoveryResolver,
    ],
    referenceResolvers: { User: resolveUserReference },
  });
