import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261201000100_sellers } from './Migration20261201000100_sellers.js';
import { Migration20261207200000_status_outbox } from './Migration20261207200000_status_outbox.js';
import { Migration20261208010400_shop_village } from './Migration20261208010400_shop_village.js';
import { Migration20261208020400_notification_outbox } from './Migration20261208020400_notification_outbox.js';
import { Migration20261209040000_outbox_wake } from './Migration20261209040000_outbox_wake.js';

/** Every migration of this subgraph, oldest first. Add new ones at the end. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261201000100_sellers', class: Migration20261201000100_sellers },
  { name: 'Migration20261207200000_status_outbox', class: Migration20261207200000_status_outbox },
  { name: 'Migration20261208010400_shop_village', class: Migration20261208010400_shop_village },
  { name: 'Migration20261208020400_notification_outbox', class: Migration20261208020400_notification_outbox },
  { name: 'Migration20261209040000_outbox_wake', class: Migration20261209040000_outbox_wake },
];
