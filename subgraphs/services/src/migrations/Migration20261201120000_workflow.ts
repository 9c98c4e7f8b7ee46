import { Migration } from '@mikro-orm/migrations';

/** Uploads, letters, their yearly numbering, the IKM survey and the personal-data audit log. */
export class Migration20261201120000_workflow extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "services"."uploads" (
        "key" varchar(220) primary key,
        "owner_id" uuid not null,
        "content_type" varchar(40) not null,
        "size" integer not null check ("size" > 0),
        "public" boolean not null default false,
        "created_at" timestamptz(3) not null default now()
      );`);
    this.addSql(`
      create table "services"."letter_sequences" (
        "year" integer primary key,
        "last_number" integer not null check ("last_number" >= 0)
      );`);
    this.addSql(`
      create table "services"."letters" (
        "id" uuid primary key,
        "request_id" uuid not null unique references "services"."service_requests" ("id"),
        "number" varchar(60) not null unique,
        "verification_code" varchar(40) not null unique,
        "file_key" varchar(220) not null references "services"."uploads" ("key"),
        "sha256" char(64) not null,
        "applicant_initials" varchar(20) not null,
        "issued_at" timestamptz(3) not null
      );`);
    this.addSql(`
      create table "services"."satisfaction_surveys" (
        "id" uuid primary key,
        "request_id" uuid not null unique references "services"."service_requests" ("id"),
        "service_id" uuid not null references "services"."services" ("id"),
        "scores" jsonb not null check (jsonb_typeof("scores") = 'array' and jsonb_array_length("scores") = 9),
        "comment" varchar(1000) null,
        "created_at" timestamptz(3) not null default now()
      );`);
    this.addSql(
      'create index "satisfaction_surveys_service_idx" on "services"."satisfaction_surveys" ("service_id", "created_at");',
    );
    this.addSql(`
      create table "services"."personal_data_access" (
        "id" uuid primary key,
        "staff_id" uuid not null,
        "request_id" uuid not null references "services"."service_requests" ("id"),
        "at" timestamptz(3) not null default now(),
        "purpose" varchar(200) not null
      );`);
    this.addSql(
      'create index "personal_data_access_request_idx" on "services"."personal_data_access" ("request_id", "at");',
    );
    this.addSql(
      'create index "service_requests_queue_idx" on "services"."service_requests" ("status", "due_at", "id");',
    );
  }

  override async down(): Promise<void> {
    for (const table of ['personal_data_access', 'satisfaction_surveys', 'letters', 'letter_sequences', 'uploads'])
      this.addSql(`drop table "services"."${table}";`);
    this.addSql('drop index "services"."service_requests_queue_idx";');
  }
}
