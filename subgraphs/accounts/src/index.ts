import type { SubgraphDefinition } from '@kampung/shared';
import { startHousekeeping } from './housekeeping.js';
import { migrations } from './migrations/index.js';
import { buildAccountsSchema } from './schema.js';
import { User } from './users/user.entity.js';

export const subgraph: SubgraphDefinition = {
  name: 'accounts',
  defaultPort: 4001,
  entities: [User],
  migrations,
  schema: buildAccountsSchema,
  onStart: startHousekeeping,
};

export { User };
export { UserService } from './users/user.service.js';
