import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261207200000_places } from './Migration20261207200000_places.js';
import { Migration20261209020000_district_heads } from './Migration20261209020000_district_heads.js';

/** Every migration of this subgraph, oldest first. Add new ones at the end. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261207200000_places', class: Migration20261207200000_places },
  { name: 'Migration20261209020000_district_heads', class: Migration20261209020000_district_heads },
];
