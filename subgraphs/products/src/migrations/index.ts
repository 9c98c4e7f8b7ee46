import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261201000200_products } from './Migration20261201000200_products.js';

/** Every migration of this subgraph, oldest first. Add new ones at the end. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261201000200_products', class: Migration20261201000200_products },
];
