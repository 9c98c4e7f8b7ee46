import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261201000100_sellers } from './Migration20261201000100_sellers.js';

/** Every migration of this subgraph, oldest first. Add new ones at the end. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261201000100_sellers', class: Migration20261201000100_sellers },
];
