import { notificationOutboxSql } from '@kampung/shared';
import { Migration } from '@mikro-orm/migrations';

/**
 * Account recovery and sign-in by phone (decision 027): users gain `phone_verified_at` (a
 * verified number belongs to one account only), one-time secrets (reset links and codes,
 * stored only as SHA-256 hashes) live in an SQL-only table, and account events wait in the
 * notification outbox until the relay hands them to notifications.
 */
export class Migration20261208030000_account_recovery extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "accounts"."users" add column "phone_verified_at" timestamptz(3) null;');
    this.addSql(
      'create unique index "users_verified_phone_key" on "accounts"."users" ("phone") where "phone_verified_at" is not null;',
    );
    this.addSql(`
      create table "accounts"."one_time_secrets" (
        "id" uuid primary key,
        "user_id" uuid not null references "accounts"."users" ("id") on delete cascade,
        "purpose" varchar(20) not null check ("purpose" in ('PASSWORD_RESET', 'PHONE_VERIFICATION', 'SIGN_IN', 'CONTACT_CHANGE')),
        "secret_hash" char(64) not null,
        "target" varchar(254) null,
        "failed_attempts" integer not null default 0,
        "expires_at" timestamptz(3) not null,
        "used_at" timestamptz(3) null,
        "created_at" timestamptz(3) not null default now()
      );`);
    this.addSql('create index "one_time_secrets_secret_hash_index" on "accounts"."one_time_secrets" ("secret_hash");');
    this.addSql(
      'create index "one_time_secrets_user_id_purpose_index" on "accounts"."one_time_secrets" ("user_id", "purpose");',
    );
    for (const sql of notificationOutboxSql('accounts')) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql('drop table "accounts"."notification_outbox";');
    this.addSql('drop table "accounts"."one_time_secrets";');
    this.addSql('drop index "accounts"."users_verified_phone_key";');
    this.addSql('alter table "accounts"."users" drop column "phone_verified_at";');
  }
}
