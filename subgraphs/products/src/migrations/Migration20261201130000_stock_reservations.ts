import { Migration } from '@mikro-orm/migrations';

export class Migration20261201130000_stock_reservations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "products"."stock_reservations" (
        "id" uuid primary key,
        "order_id" uuid not null,
        "variant_id" uuid not null references "products"."product_variants" ("id"),
        "quantity" integer not null check ("quantity" > 0),
        "state" varchar(12) not null check ("state" in ('RESERVED', 'COMMITTED', 'RELEASED')),
        "created_at" timestamptz(3) not null default now(),
        "updated_at" timestamptz(3) not null default now(),
        constraint "stock_reservations_order_variant_unique" unique ("order_id", "variant_id")
      );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table "products"."stock_reservations";');
  }
}
