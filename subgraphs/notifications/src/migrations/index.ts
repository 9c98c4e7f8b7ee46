import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261208020100_notifications } from './Migration20261208020100_notifications.js';

/** Every migration of this subgraph, oldest first. Add new ones at the end. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261208020100_notifications', class: Migration20261208020100_notifications },
];
