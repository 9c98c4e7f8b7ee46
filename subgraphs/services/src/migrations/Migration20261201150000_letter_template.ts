import { Migration } from '@mikro-orm/migrations';

/** A letter service's own statement text, with {nama}, {keperluan}, {desa}, {alamat} placeholders. */
export class Migration20261201150000_letter_template extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "services"."services" add column "letter_template" text not null default '';`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table "services"."services" drop column "letter_template";');
  }
}
