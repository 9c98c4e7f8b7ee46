import { Migration } from '@mikro-orm/migrations';

/** Regions of all Indonesia (Kemendagri codes), the regency's village offices and the holidays. */
export class Migration20261207200000_places extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "places"."regions" (
        "code" varchar(13) primary key,
        "name" varchar(100) not null,
        "level" varchar(8) not null,
        "parent_code" varchar(13) null references "places"."regions" ("code")
      );`);
    this.addSql('create index "regions_parent_code_index" on "places"."regions" ("parent_code");');
    this.addSql(`
      create table "places"."villages" (
        "code" varchar(13) primary key references "places"."regions" ("code"),
        "district_code" varchar(13) not null references "places"."regions" ("code"),
        "name" varchar(100) not null,
        "type" varchar(9) not null,
        "office_address" varchar(300) null,
        "opening_hours" jsonb not null default '[]',
        "head_name" varchar(100) null,
        "head_title" varchar(60) null,
        "letter_code" varchar(30) null,
        "logo_url" varchar(500) null,
        "phone" varchar(20) null,
        "online" boolean not null default false,
        "online_since" timestamptz null,
        "created_at" timestamptz(3) not null default now(),
        "updated_at" timestamptz(3) not null default now()
      );`);
    this.addSql('create index "villages_district_code_index" on "places"."villages" ("district_code");');
    this.addSql(`
      create table "places"."holidays" (
        "date" date primary key,
        "name" varchar(150) not null,
        "name_en" varchar(150) not null,
        "joint_leave" boolean not null default false,
        "created_at" timestamptz(3) not null default now()
      );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table "places"."holidays";');
    this.addSql('drop table "places"."villages";');
    this.addSql('drop table "places"."regions";');
  }
}
