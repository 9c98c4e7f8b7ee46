import { Migration } from '@mikro-orm/migrations';

/**
 * Services per village (issue 11, decision 021): the existing services become regency-wide
 * templates (`village_code` null), villages adopt them (`village_services`, with overrides);
 * requests, letters and the letter numbering belong to a village. Everything that exists today
 * moves to Sembulung (35.10.06.2003), which adopts every active service.
 */
export class Migration20261208010200_services_per_village extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "services"."services" add column "village_code" varchar(13) null;`);
    this.addSql(
      'create index "services_village_code_idx" on "services"."services" ("village_code", "name", "id") where "village_code" is not null;',
    );
    this.addSql(`
      create table "services"."village_services" (
        "village_code" varchar(13) not null,
        "service_id" uuid not null,
        "fee" integer null,
        "sla_hours" integer null,
        "office" varchar(200) null,
        "extra_requirements" jsonb not null default '[]',
        "extra_form_fields" jsonb not null default '[]',
        "active" boolean not null default true,
        "created_at" timestamptz(3) not null default now(),
        "updated_at" timestamptz(3) not null default now(),
        constraint "village_services_pkey" primary key ("village_code", "service_id"),
        constraint "village_services_service_id_fkey" foreign key ("service_id") references "services"."services" ("id") on update no action on delete no action,
        constraint "village_services_fee_check" check ("fee" is null or "fee" >= 0),
        constraint "village_services_sla_hours_check" check ("sla_hours" is null or "sla_hours" > 0),
        constraint "village_services_extra_requirements_check" check (jsonb_typeof("extra_requirements") = 'array'),
        constraint "village_services_extra_form_fields_check" check (jsonb_typeof("extra_form_fields") = 'array')
      );`);
    this.addSql(
      'create index "village_services_service_idx" on "services"."village_services" ("service_id", "village_code");',
    );
    this.addSql(`
      insert into "services"."village_services" ("village_code", "service_id", "active")
      select '35.10.06.2003', "id", true from "services"."services" where "active";`);

    this.addSql(`
      alter table "services"."service_requests"
        add column "village_code" varchar(13) not null default '35.10.06.2003',
        add column "fee" integer null,
        add column "sla_hours" integer null,
        add column "working_minutes_taken" integer null;`);
    this.addSql(`alter table "services"."service_requests" alter column "village_code" drop default;`);
    this.addSql(`
      update "services"."service_requests" r set "fee" = s."fee", "sla_hours" = s."sla_hours"
      from "services"."services" s where s."id" = r."service_id";`);
    this.addSql(`
      alter table "services"."service_requests"
        alter column "fee" set not null,
        alter column "sla_hours" set not null,
        add constraint "service_requests_fee_check" check ("fee" >= 0),
        add constraint "service_requests_sla_hours_check" check ("sla_hours" > 0),
        add constraint "service_requests_working_minutes_check" check ("working_minutes_taken" is null or "working_minutes_taken" >= 0);`);
    this.addSql(
      'create index "service_requests_village_queue_idx" on "services"."service_requests" ("village_code", "status", "due_at", "id");',
    );
    this.addSql(
      'create index "service_requests_village_submitted_idx" on "services"."service_requests" ("village_code", "submitted_at");',
    );

    this.addSql(`
      alter table "services"."letter_sequences"
        add column "village_code" varchar(13) not null default '35.10.06.2003',
        drop constraint "letter_sequences_pkey";`);
    this.addSql(`
      alter table "services"."letter_sequences"
        alter column "village_code" drop default,
        add constraint "letter_sequences_pkey" primary key ("village_code", "year");`);

    this.addSql(`
      alter table "services"."letters"
        add column "village_code" varchar(13) not null default '35.10.06.2003',
        drop constraint "letters_number_key";`);
    this.addSql(`
      alter table "services"."letters"
        alter column "village_code" drop default,
        add constraint "letters_village_code_number_key" unique ("village_code", "number");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "services"."letters" drop constraint "letters_village_code_number_key";`);
    this.addSql(`alter table "services"."letters" drop column "village_code";`);
    this.addSql(`alter table "services"."letters" add constraint "letters_number_key" unique ("number");`);
    this.addSql(`delete from "services"."letter_sequences" where "village_code" <> '35.10.06.2003';`);
    this.addSql(`alter table "services"."letter_sequences" drop constraint "letter_sequences_pkey";`);
    this.addSql(`alter table "services"."letter_sequences" drop column "village_code";`);
    this.addSql(
      `alter table "services"."letter_sequences" add constraint "letter_sequences_pkey" primary key ("year");`,
    );
    this.addSql('drop index "services"."service_requests_village_submitted_idx";');
    this.addSql('drop index "services"."service_requests_village_queue_idx";');
    this.addSql(`
      alter table "services"."service_requests"
        drop column "working_minutes_taken", drop column "sla_hours", drop column "fee", drop column "village_code";`);
    this.addSql('drop table "services"."village_services";');
    this.addSql('drop index "services"."services_village_code_idx";');
    this.addSql(`alter table "services"."services" drop column "village_code";`);
  }
}
