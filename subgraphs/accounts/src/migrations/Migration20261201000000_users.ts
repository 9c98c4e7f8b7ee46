import { Migration } from '@mikro-orm/migrations';

export class Migration20261201000000_users extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "accounts"."users" (
        "id" uuid primary key,
        "email" varchar(254) not null unique,
        "name" varchar(100) not null,
        "phone" varchar(20) null,
        "password_hash" varchar(200) not null,
        "roles" text[] not null default '{BUYER}',
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now()
      );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table "accounts"."users";');
  }
}
