import { Migration } from '@mikro-orm/migrations';

/**
 * The staff queue (`staffServiceRequests`, open requests of a village by due time): a partial
 * index in the order of the page, so the first 20 are read straight from it (no bitmap scan of
 * every open request of the village and no sort). Measured in BENCHMARKS.md (Regency).
 */
export class Migration20261208050100_village_open_queue_idx extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "service_requests_village_open_idx" on "services"."service_requests" ("village_code", "due_at", "id") where "status" in ('SUBMITTED', 'VERIFIED', 'IN_PROCESS');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop index "services"."service_requests_village_open_idx";');
  }
}
