import { Migration } from '@mikro-orm/migrations';

/** A new complaint is WAITING: the column says so too, as the entity does (found by the drift check). */
export class Migration20261207210000_complaint_status_default extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "services"."complaints" alter column "status" set default 'WAITING';`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table "services"."complaints" alter column "status" drop default;');
  }
}
