import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261201000000_users } from './Migration20261201000000_users.js';
import { Migration20261201120000_sessions_and_throttle } from './Migration20261201120000_sessions_and_throttle.js';
import { Migration20261207220000_user_timestamps_ms } from './Migration20261207220000_user_timestamps_ms.js';
import { Migration20261208010100_memberships } from './Migration20261208010100_memberships.js';
import { Migration20261208030000_account_recovery } from './Migration20261208030000_account_recovery.js';
import { Migration20261209040000_outbox_wake } from './Migration20261209040000_outbox_wake.js';
import { Migration20261209020200_personal_data_reads } from './Migration20261209020200_personal_data_reads.js';

/** Every migration of this subgraph, oldest first. Add new ones at the end. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261201000000_users', class: Migration20261201000000_users },
  { name: 'Migration20261201120000_sessions_and_throttle', class: Migration20261201120000_sessions_and_throttle },
  { name: 'Migration20261207220000_user_timestamps_ms', class: Migration20261207220000_user_timestamps_ms },
  { name: 'Migration20261208010100_memberships', class: Migration20261208010100_memberships },
  { name: 'Migration20261208030000_account_recovery', class: Migration20261208030000_account_recovery },
  { name: 'Migration20261209040000_outbox_wake', class: Migration20261209040000_outbox_wake },
  { name: 'Migration20261209020200_personal_data_reads', class: Migration20261209020200_personal_data_reads },
];
