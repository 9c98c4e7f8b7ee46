import { Migration } from '@mikro-orm/migrations';

/** `order.review_reminder` is sent once per delivered part (decision 031). */
export class Migration20261209030300_review_reminder extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "orders"."seller_orders" add column "review_reminded_at" timestamptz(3) null');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "orders"."seller_orders" drop column "review_reminded_at"');
  }
}
