import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261201100000_services } from './Migration20261201100000_services.js';
import { Migration20261201120000_workflow } from './Migration20261201120000_workflow.js';
import { Migration20261201130000_complaints } from './Migration20261201130000_complaints.js';
import { Migration20261201140000_posts_training } from './Migration20261201140000_posts_training.js';
import { Migration20261201150000_letter_template } from './Migration20261201150000_letter_template.js';
import { Migration20261207210000_complaint_status_default } from './Migration20261207210000_complaint_status_default.js';
import { Migration20261208010200_services_per_village } from './Migration20261208010200_services_per_village.js';
import { Migration20261208010300_village_records } from './Migration20261208010300_village_records.js';
import { Migration20261208010301_oversight_index } from './Migration20261208010301_oversight_index.js';
import { Migration20261208050000_oversight_rollup } from './Migration20261208050000_oversight_rollup.js';
import { Migration20261208050100_village_open_queue_idx } from './Migration20261208050100_village_open_queue_idx.js';
import { Migration20261209030000_staff_alerts } from './Migration20261209030000_staff_alerts.js';
import { Migration20261208020400_notification_outbox } from './Migration20261208020400_notification_outbox.js';
import { Migration20261209010000_oversight_minutes } from './Migration20261209010000_oversight_minutes.js';
import { Migration20261209020100_district_cosign } from './Migration20261209020100_district_cosign.js';
import { Migration20261209040000_outbox_wake } from './Migration20261209040000_outbox_wake.js';

/** Every migration of this subgraph, oldest first. Add new ones at the end. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261201100000_services', class: Migration20261201100000_services },
  { name: 'Migration20261201120000_workflow', class: Migration20261201120000_workflow },
  { name: 'Migration20261201130000_complaints', class: Migration20261201130000_complaints },
  { name: 'Migration20261201140000_posts_training', class: Migration20261201140000_posts_training },
  { name: 'Migration20261201150000_letter_template', class: Migration20261201150000_letter_template },
  { name: 'Migration20261207210000_complaint_status_default', class: Migration20261207210000_complaint_status_default },
  { name: 'Migration20261208010200_services_per_village', class: Migration20261208010200_services_per_village },
  { name: 'Migration20261208010300_village_records', class: Migration20261208010300_village_records },
  { name: 'Migration20261208010301_oversight_index', class: Migration20261208010301_oversight_index },
  { name: 'Migration20261208050000_oversight_rollup', class: Migration20261208050000_oversight_rollup },
  { name: 'Migration20261208050100_village_open_queue_idx', class: Migration20261208050100_village_open_queue_idx },
  { name: 'Migration20261208020400_notification_outbox', class: Migration20261208020400_notification_outbox },
  { name: 'Migration20261209020100_district_cosign', class: Migration20261209020100_district_cosign },
  { name: 'Migration20261209030000_staff_alerts', class: Migration20261209030000_staff_alerts },
  { name: 'Migration20261209040000_outbox_wake', class: Migration20261209040000_outbox_wake },
  { name: 'Migration20261209010000_oversight_minutes', class: Migration20261209010000_oversight_minutes },
];
