import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261201100000_orders } from './Migration20261201100000_orders.js';
import { Migration20261201140000_checkout } from './Migration20261201140000_checkout.js';
import { Migration20261201150000_checkout_attempts } from './Migration20261201150000_checkout_attempts.js';
import { Migration20261208020400_notification_outbox } from './Migration20261208020400_notification_outbox.js';
import { Migration20261209030100_notification_fanout } from './Migration20261209030100_notification_fanout.js';
import { Migration20261209030300_review_reminder } from './Migration20261209030300_review_reminder.js';
import { Migration20261209040000_outbox_wake } from './Migration20261209040000_outbox_wake.js';

/** Every migration of this subgraph, oldest first. Add new ones at the end. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261201100000_orders', class: Migration20261201100000_orders },
  { name: 'Migration20261201140000_checkout', class: Migration20261201140000_checkout },
  { name: 'Migration20261201150000_checkout_attempts', class: Migration20261201150000_checkout_attempts },
  { name: 'Migration20261208020400_notification_outbox', class: Migration20261208020400_notification_outbox },
  { name: 'Migration20261209030100_notification_fanout', class: Migration20261209030100_notification_fanout },
  { name: 'Migration20261209030300_review_reminder', class: Migration20261209030300_review_reminder },
  { name: 'Migration20261209040000_outbox_wake', class: Migration20261209040000_outbox_wake },
];
