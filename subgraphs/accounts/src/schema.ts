import { buildFederatedSchema } from '@kampung/shared';
import { resolveUserReference } from './users/user.reference.js';
import { SessionResolver } from './sessions/session.resolver.js';
import { UserResolver } from './users/user.resolver.js';

export const buildAccountsSchema = () =>
  buildFederatedSchema({
    resolvers: [UserResolver, SessionResolver],
    referenceResolvers: { User: resolveUserReference },
  });
