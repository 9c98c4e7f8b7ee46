import { buildFederatedSchema } from '@kampung/shared';
import { resolveUserReference } from './users/user.reference.js';
import { UserResolver } from './users/user.resolver.js';

export const buildAccountsSchema = () =>
  buildFederatedSchema({ resolvers: [UserResolver], referenceResolvers: { User: resolveUserReference } });
