import { Migration } from '@mikro-orm/migrations';

/**
 * Audit log of office reads of a person's contact data (email, phone, domicile) through
 * `User` (decision 030): who read whose fields, when. Written only through SQL.
 */
export class Migration20261209020200_personal_data_reads extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "accounts"."personal_data_reads" (
        "id" uuid not null primary key,
        "staff_id" uuid not null,
        "user_id" uuid not null,
        "fields" varchar(60) not null,
        "at" timestamptz(3) not null default now()
      );`);
    this.addSql(
      'create index "personal_data_reads_user_at_idx" on "accounts"."personal_data_reads" ("user_id", "at");',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table "accounts"."personal_data_reads";');
  }
}
