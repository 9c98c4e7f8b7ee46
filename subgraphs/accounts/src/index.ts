import { NotificationOutbox, startNotificationRelay, type SubgraphDefinition } from '@kampung/shared';
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
  entities: [User, Membership, NotificationOutbox],
  migrations,
  schema: buildAccountsSchema,
  // Account messages (reset links, codes) reach the notifications subgraph through the relay (decision 027).
  onStart: async (services) => {
    const stopHousekeeping = await startHousekeeping(services);
    const stopRelay = startNotificationRelay({ ...services, subgraph: 'accounts' });
    return async () => {
      await stopRelay();
      await stopHousekeeping();
    };
  },
};

export { Membership, User };
export { UserService } from './users/user.service.js';
