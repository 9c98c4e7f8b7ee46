import { Migration } from '@mikro-orm/migrations';

/**
 * Seller status flows one way, sellers → products, through sellers' status outbox: products
 * keeps each shop's owner (to list a new product without asking sellers) and the version of
 * the last change applied (so a late, older delivery never overwrites a newer one).
 */
export class Migration20261207200000_seller_status_owner_version extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "products"."seller_status"
      add column "owner_user_id" uuid null,
      add column "version" bigint not null default 0;`);
    this.addSql('create index "seller_status_owner_idx" on "products"."seller_status" ("owner_user_id");');
  }

  override async down(): Promise<void> {
    this.addSql('drop index "products"."seller_status_owner_idx";');
    this.addSql('alter table "products"."seller_status" drop column "version", drop column "owner_user_id";');
  }
}
