import { Migration } from '@mikro-orm/migrations';

/** Complaints (pengaduan): WAITING → IN_PROGRESS → RESOLVED, response time measured from filing. */
export class Migration20261201130000_complaints extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "services"."complaints" (
        "id" uuid primary key,
        "author_id" uuid not null,
        "service_id" uuid null references "services"."services" ("id"),
        "request_id" uuid null references "services"."service_requests" ("id"),
        "subject" varchar(160) not null,
        "body" text not null,
        "status" varchar(20) not null check ("status" in ('WAITING', 'IN_PROGRESS', 'RESOLVED')),
        "response" text null,
        "responder_id" uuid null,
        "created_at" timestamptz(3) not null default now(),
        "responded_at" timestamptz(3) null,
        "resolved_at" timestamptz(3) null
      );`);
    this.addSql('create index "complaints_author_idx" on "services"."complaints" ("author_id", "created_at" desc);');
    this.addSql('create index "complaints_status_idx" on "services"."complaints" ("status", "created_at");');
  }

  override async down(): Promise<void> {
    this.addSql('drop table "services"."complaints";');
  }
}
