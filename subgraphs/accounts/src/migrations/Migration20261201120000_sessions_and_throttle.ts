import { Migration } from '@mikro-orm/migrations';

export class Migration20261201120000_sessions_and_throttle extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "accounts"."sessions" (
        "id" uuid primary key,
        "user_id" uuid not null references "accounts"."users" ("id") on delete cascade,
        "refresh_token_hash" char(64) not null unique,
        "created_at" timestamptz not null default now(),
        "last_used_at" timestamptz not null default now(),
        "expires_at" timestamptz not null,
        "revoked_at" timestamptz null,
        "revoked_reason" varchar(20) null,
        "client_address" varchar(45) null
      );`);
    this.addSql(
      'create index "sessions_user_id_index" on "accounts"."sessions" ("user_id") where "revoked_at" is null;',
    );
    // Refresh tokens already rotated away: presenting one again means it was copied (theft detection).
    this.addSql(`
      create table "accounts"."retired_refresh_tokens" (
        "token_hash" char(64) primary key,
        "session_id" uuid not null references "accounts"."sessions" ("id") on delete cascade,
        "retired_at" timestamptz not null default now()
      );`);
    this.addSql(`
      create table "accounts"."sign_in_throttle" (
        "key" varchar(300) primary key,
        "failures" integer not null,
        "last_failure_at" timestamptz not null,
        "locked_until" timestamptz null
      );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table "accounts"."sign_in_throttle";');
    this.addSql('drop table "accounts"."retired_refresh_tokens";');
    this.addSql('drop table "accounts"."sessions";');
  }
}
