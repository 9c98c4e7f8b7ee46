import { notificationOutboxSql } from '@kampung/shared';
import { Migration } from '@mikro-orm/migrations';

/** `shop.stock_low` (decision 031): a threshold per variant, and products' own notification outbox. */
export class Migration20261209030200_stock_low extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "products"."product_variants" add column "low_stock_threshold" int not null default 5,
        add constraint "product_variants_low_stock_threshold_check" check (low_stock_threshold >= 0)`,
    );
    for (const sql of notificationOutboxSql('products')) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql('drop table "products"."notification_outbox";');
    this.addSql('alter table "products"."product_variants" drop column "low_stock_threshold";');
  }
}
