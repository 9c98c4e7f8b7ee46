import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261207200000_places } from './Migration20261207200000_places.js';

/** Every migration of this subgraph, oldest first. Add new ones at the end. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261207200000_places', class: Migration20261207200000_places },
];
