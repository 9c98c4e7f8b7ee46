import { Migration } from '@mikro-orm/migrations';

/**
 * The head of a district office (camat), who co-signs the letters of services that need the
 * district (decision 030): two nullable columns on `regions`, used on district rows only.
 */
export class Migration20261209020000_district_heads extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "places"."regions" add column "head_name" varchar(100) null;');
    this.addSql('alter table "places"."regions" add column "head_title" varchar(60) null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "places"."regions" drop column "head_title";');
    this.addSql('alter table "places"."regions" drop column "head_name";');
  }
}
