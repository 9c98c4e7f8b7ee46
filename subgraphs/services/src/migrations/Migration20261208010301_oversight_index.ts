import { Migration } from '@mikro-orm/migrations';

/**
 * The oversight league reads every request of a period per village (decision 022): a covering
 * index makes that an index-only scan in village order (no heap access, no sort by village).
 */
export class Migration20261208010301_oversight_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create index "service_requests_oversight_idx" on "services"."service_requests" ("village_code", "submitted_at") include ("status", "sla_met", "working_minutes_taken", "service_id");',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop index "services"."service_requests_oversight_idx";');
  }
}
