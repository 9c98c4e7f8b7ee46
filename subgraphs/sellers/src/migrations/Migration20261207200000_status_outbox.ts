import { Migration } from '@mikro-orm/migrations';

/**
 * Seller status reaches products through this outbox (written with the change, delivered after
 * the commit), never by a call inside sellers' transaction. Every existing shop is queued once,
 * so products learns each shop's owner and current status.
 */
export class Migration20261207200000_status_outbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "sellers"."status_outbox" (
        "id" bigserial primary key,
        "seller_id" uuid not null,
        "owner_user_id" uuid not null,
        "status" text check ("status" in ('PENDING', 'VERIFIED', 'REJECTED', 'SUSPENDED')) not null,
        "village" varchar(60) not null,
        "attempts" int not null default 0,
        "next_attempt_at" timestamptz not null default now(),
        "created_at" timestamptz not null default now()
      );`);
    this.addSql('create index "status_outbox_due_idx" on "sellers"."status_outbox" ("next_attempt_at");');
    this.addSql(`
      insert into "sellers"."status_outbox" ("seller_id", "owner_user_id", "status", "village")
      select "id", "owner_user_id", "verification_status", "village" from "sellers"."sellers" order by "created_at";`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table "sellers"."status_outbox";');
  }
}
