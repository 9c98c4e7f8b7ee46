import { Migration } from '@mikro-orm/migrations';

const STATUSES = `'SUBMITTED', 'VERIFIED', 'IN_PROCESS', 'AWAITING_COSIGN', 'COMPLETED', 'REJECTED', 'INCOMPLETE'`;
const OLD_STATUSES = `'SUBMITTED', 'VERIFIED', 'IN_PROCESS', 'COMPLETED', 'REJECTED', 'INCOMPLETE'`;
const OPEN = `'SUBMITTED', 'VERIFIED', 'IN_PROCESS', 'AWAITING_COSIGN'`;
const OLD_OPEN = `'SUBMITTED', 'VERIFIED', 'IN_PROCESS'`;

/**
 * Co-signature by the district head (decision 030): templates that need the camat, the status a
 * request waits in for the camat (still open: on the queue and the clock), and both signatories
 * recorded on the letter.
 */
export class Migration20261209020100_district_cosign extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "services"."services" add column "needs_district_cosign" boolean not null default false;');
    this.statuses(STATUSES, OPEN);
    this.addSql(`
      alter table "services"."letters"
        add column "signatory_name" varchar(100) null,
        add column "signatory_title" varchar(60) null,
        add column "cosigner_name" varchar(100) null,
        add column "cosigner_title" varchar(60) null,
        add column "cosigner_district" varchar(100) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`
      alter table "services"."letters"
        drop column "signatory_name", drop column "signatory_title",
        drop column "cosigner_name", drop column "cosigner_title", drop column "cosigner_district";`);
    this.statuses(OLD_STATUSES, OLD_OPEN);
    this.addSql('alter table "services"."services" drop column "needs_district_cosign";');
  }

  private statuses(all: string, open: string): void {
    for (const [table, column] of [
      ['service_requests', 'status'],
      ['service_request_events', 'from_status'],
      ['service_request_events', 'to_status'],
    ] as const) {
      this.addSql(`alter table "services"."${table}" drop constraint "${table}_${column}_check";`);
      this.addSql(
        `alter table "services"."${table}" add constraint "${table}_${column}_check" check ("${column}" in (${all}));`,
      );
    }
    this.addSql('drop index "services"."service_requests_open_due_idx";');
    this.addSql(
      `create index "service_requests_open_due_idx" on "services"."service_requests" ("due_at") where "status" in (${open});`,
    );
    this.addSql('drop index "services"."service_requests_village_open_idx";');
    this.addSql(
      `create index "service_requests_village_open_idx" on "services"."service_requests" ("village_code", "due_at", "id") where "status" in (${open});`,
    );
  }
}
