import { Migration } from '@mikro-orm/migrations';

const REQUEST_STATUSES = `'SUBMITTED', 'VERIFIED', 'IN_PROCESS', 'COMPLETED', 'REJECTED', 'INCOMPLETE'`;

/** Timestamps keep milliseconds only, like JavaScript dates, so that keyset cursors compare exactly. */
export class Migration20261201100000_services extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "services"."service_categories" (
        "id" uuid primary key,
        "code" varchar(40) not null unique,
        "name" varchar(120) not null,
        "description" text not null default '',
        "position" integer not null
      );`);

    this.addSql(`
      create table "services"."services" (
        "id" uuid primary key,
        "slug" varchar(120) not null unique,
        "category_id" uuid not null references "services"."service_categories" ("id"),
        "name" varchar(160) not null,
        "summary" varchar(300) not null,
        "description" text not null,
        "requirements" jsonb not null default '[]' check (jsonb_typeof("requirements") = 'array'),
        "steps" jsonb not null default '[]' check (jsonb_typeof("steps") = 'array'),
        "sla_hours" integer not null check ("sla_hours" > 0),
        "fee" integer not null default 0 check ("fee" >= 0),
        "office" varchar(200) not null,
        "opening_hours" varchar(200) not null default '',
        "active" boolean not null default true,
        "featured" boolean not null default false,
        "is_letter" boolean not null default false,
        "form_fields" jsonb not null default '[]' check (jsonb_typeof("form_fields") = 'array'),
        "version" integer not null default 1 check ("version" >= 1),
        "created_at" timestamptz(3) not null default now(),
        "updated_at" timestamptz(3) not null default now()
      );`);
    this.addSql(
      'create index "services_category_name_idx" on "services"."services" ("category_id", "name", "id") where "active";',
    );
    this.addSql(
      'create index "services_featured_idx" on "services"."services" ("name", "id") where "active" and "featured";',
    );

    this.addSql(`
      create table "services"."service_requests" (
        "id" uuid primary key,
        "tracking_code" varchar(16) not null constraint "service_requests_tracking_code_unique" unique,
        "service_id" uuid not null references "services"."services" ("id"),
        "service_version" integer not null,
        "applicant_id" uuid not null,
        "status" varchar(20) not null check ("status" in (${REQUEST_STATUSES})),
        "form_snapshot" jsonb not null check (jsonb_typeof("form_snapshot") = 'array'),
        "answers" jsonb not null default '{}' check (jsonb_typeof("answers") = 'object'),
        "submitted_at" timestamptz(3) not null,
        "due_at" timestamptz(3) not null,
        "completed_at" timestamptz(3) null,
        "sla_met" boolean null,
        "created_at" timestamptz(3) not null default now(),
        "updated_at" timestamptz(3) not null default now(),
        constraint "service_requests_due_after_submission" check ("due_at" > "submitted_at"),
        constraint "service_requests_sla_when_completed" check (("completed_at" is null) = ("sla_met" is null))
      );`);
    this.addSql(
      'create index "service_requests_applicant_idx" on "services"."service_requests" ("applicant_id", "submitted_at" desc, "id" desc);',
    );
    this.addSql(
      `create index "service_requests_open_due_idx" on "services"."service_requests" ("due_at") where "status" in ('SUBMITTED', 'VERIFIED', 'IN_PROCESS');`,
    );
    this.addSql('create index "service_requests_service_idx" on "services"."service_requests" ("service_id");');

    this.addSql(`
      create table "services"."service_request_events" (
        "id" uuid primary key,
        "request_id" uuid not null references "services"."service_requests" ("id"),
        "actor_id" uuid null,
        "from_status" varchar(20) null check ("from_status" in (${REQUEST_STATUSES})),
        "to_status" varchar(20) not null check ("to_status" in (${REQUEST_STATUSES})),
        "note" varchar(1000) null,
        "created_at" timestamptz(3) not null default now()
      );`);
    this.addSql(
      'create index "service_request_events_request_idx" on "services"."service_request_events" ("request_id", "created_at");',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table "services"."service_request_events";');
    this.addSql('drop table "services"."service_requests";');
    this.addSql('drop table "services"."services";');
    this.addSql('drop table "services"."service_categories";');
  }
}
