import { Migration } from '@mikro-orm/migrations';

/**
 * Products keeps the Kemendagri code of each shop's village (delivered with its status by
 * sellers' status outbox, which queues every shop again when it gains the code), and copies it
 * onto the shop's products so the catalogue filters by village and by district (a code prefix).
 */
export class Migration20261208010410_seller_village_code extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "products"."seller_status" add column "village_code" varchar(13) not null default '';`);
    this.addSql(`alter table "products"."products" add column "seller_village_code" varchar(13) not null default '';`);
    // Equality (a village) and prefix (a district: '35.10.06.%') both use it.
    this.addSql(
      'create index "products_seller_village_code_idx" on "products"."products" ("seller_village_code" varchar_pattern_ops);',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop index "products"."products_seller_village_code_idx";');
    this.addSql('alter table "products"."products" drop column "seller_village_code";');
    this.addSql('alter table "products"."seller_status" drop column "village_code";');
  }
}
