import { NotificationOutbox, startNotificationRelay, type SubgraphDefinition } from '@kampung/shared';
import { startHousekeeping } from './housekeeping.js';
import { migrations } from './migrations/index.js';
import { accountsEnvSchema, type AccountsEnv } from './env.js';
import { Membership } from './memberships/membership.entity.js';
import { buildAccountsSchema } from './schema.js';
import { accessTokenKeysOf, accessTokenVerifier } from './tokens/access-token-keys.js';
import { jwksRoutes } from './tokens/jwks.routes.js';
import { User } from './users/user.entity.js';

export const subgraph: SubgraphDefinition<AccountsEnv> = {
  name: 'accounts',
  defaultPort: 4001,
  envSchema: accountsEnvSchema,
  entities: [User, Membership, NotificationOutbox],
  migrations,
  schema: buildAccountsSchema,
  routes: jwksRoutes,
  // Accounts checks tokens with the keys it holds, not its own JWKS over HTTP.
  tokenKeys: accessTokenVerifier,
  // Account messages (reset links, codes) reach the notifications subgraph through the relay (decision 027).
  onStart: async (services) => {
    // A missing or bad signing key stops the start, not the first sign-in.
    await accessTokenKeysOf(services.env);
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
