import type { SubgraphDefinition } from '@kampung/shared';
import { startHousekeeping } from './housekeeping.js';
import { migrations } from './migrations/index.js';
import { accountsEnvSchema, type AccountsEnv } from './env.js';
import { Membership } from './memberships/membership.entity.js';
import { buildAccountsSchema } from './schema.js';
import { User } from './users/user.entity.js';

export const subgraph: SubgraphDefinition<AccountsEnv> = {
  name: 'accounts',
  defaultPort: 4001,
  envSchema: accountsEnvSchema,
  entities: [User, Membership],
  migrations,
  schema: buildAccountsSchema,
  onStart: startHousekeeping,
};

export { Membership, User };
export { UserService } from './users/user.service.js';
