import { Migration } from '@mikro-orm/migrations';

/** Village information (news, events, tourism, culinary) and training courses with progress. */
export class Migration20261201140000_posts_training extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "services"."posts" (
        "id" uuid primary key,
        "slug" varchar(120) not null unique,
        "kind" varchar(20) not null check ("kind" in ('NEWS', 'EVENT', 'TOURISM', 'CULINARY')),
        "title" varchar(200) not null,
        "summary" varchar(400) not null,
        "body" text not null,
        "cover_key" varchar(220) null,
        "event_at" timestamptz(3) null,
        "place" varchar(200) null,
        "published_at" timestamptz(3) null,
        "author_id" uuid null,
        "created_at" timestamptz(3) not null default now()
      );`);
    this.addSql(
      'create index "posts_published_idx" on "services"."posts" ("published_at" desc, "id" desc) where "published_at" is not null;',
    );
    this.addSql(`
      create table "services"."courses" (
        "id" uuid primary key,
        "slug" varchar(120) not null unique,
        "title" varchar(200) not null,
        "summary" varchar(400) not null,
        "audience" varchar(10) not null check ("audience" in ('UMKM', 'STAFF', 'PUBLIC')),
        "published" boolean not null default true,
        "created_at" timestamptz(3) not null default now()
      );`);
    this.addSql(`
      create table "services"."course_modules" (
        "id" uuid primary key,
        "course_id" uuid not null references "services"."courses" ("id") on delete cascade,
        "position" integer not null,
        "title" varchar(200) not null,
        "kind" varchar(10) not null check ("kind" in ('TEXT', 'VIDEO', 'FILE')),
        "body" text not null default '',
        "url" varchar(500) null,
        unique ("course_id", "position")
      );`);
    this.addSql(`
      create table "services"."enrolments" (
        "id" uuid primary key,
        "course_id" uuid not null references "services"."courses" ("id") on delete cascade,
        "user_id" uuid not null,
        "created_at" timestamptz(3) not null default now(),
        unique ("course_id", "user_id")
      );`);
    this.addSql(`
      create table "services"."module_progress" (
        "enrolment_id" uuid not null references "services"."enrolments" ("id") on delete cascade,
        "module_id" uuid not null references "services"."course_modules" ("id") on delete cascade,
        "done_at" timestamptz(3) not null default now(),
        primary key ("enrolment_id", "module_id")
      );`);
  }

  override async down(): Promise<void> {
    for (const table of ['module_progress', 'enrolments', 'course_modules', 'courses', 'posts'])
      this.addSql(`drop table "services"."${table}";`);
  }
}
