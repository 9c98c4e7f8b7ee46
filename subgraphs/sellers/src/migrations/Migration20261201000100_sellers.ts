import { Migration } from '@mikro-orm/migrations';

export class Migration20261201000100_sellers extends Migration {
  /** `timestamptz(3)`: milliseconds, as in a JS Date, so that page cursors compare exactly. */
  override async up(): Promise<void> {
    this.addSql(`
      create table "sellers"."sellers" (
        "id" uuid primary key,
        "owner_user_id" uuid not null constraint "sellers_owner_user_id_unique" unique,
        "name" varchar(80) not null,
        "slug" varchar(100) not null constraint "sellers_slug_unique" unique,
        "village" varchar(60) not null,
        "district" varchar(60) not null,
        "whatsapp" varchar(20) not null,
        "address" varchar(300) null,
        "description" text not null default '',
        "logo_url" text null,
        "verification_status" varchar(16) not null default 'PENDING'
          check ("verification_status" in ('PENDING', 'VERIFIED', 'REJECTED', 'SUSPENDED')),
        "rejection_reason" text null,
        "created_at" timestamptz(3) not null default now(),
        "updated_at" timestamptz(3) not null default now()
      );`);
    this.addSql(`
      create index "sellers_listing_idx"
        on "sellers"."sellers" ("verification_status", "created_at" desc, "id" desc);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table "sellers"."sellers";');
  }
}
