import { Migration } from '@mikro-orm/migrations';

/**
 * A checkout in progress (stock reserved under an order id that has no order yet), so that a
 * crash between reserving and writing the order cannot strand the stock; and the buyer's
 * idempotency key, so that a retried checkout returns the order the first attempt placed.
 */
export class Migration20261201150000_checkout_attempts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "orders"."checkout_attempts" (
        "order_id" uuid primary key,
        "buyer_id" uuid not null,
        "idempotency_key" varchar(100) null,
        "created_at" timestamptz(3) not null default now(),
        constraint "checkout_attempts_key_unique" unique ("buyer_id", "idempotency_key")
      );`);
    this.addSql('create index "checkout_attempts_created_at_index" on "orders"."checkout_attempts" ("created_at");');
    this.addSql('alter table "orders"."orders" add column "idempotency_key" varchar(100) null;');
    this
      .addSql(`create unique index "orders_buyer_idempotency_key_unique" on "orders"."orders" ("buyer_id", "idempotency_key")
      where "idempotency_key" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index "orders"."orders_buyer_idempotency_key_unique";');
    this.addSql('alter table "orders"."orders" drop column "idempotency_key";');
    this.addSql('drop table "orders"."checkout_attempts";');
  }
}
