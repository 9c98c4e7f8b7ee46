import { Migration } from '@mikro-orm/migrations';

/** Carts, payments, Midtrans notifications, reviews; cancel reason and refund state per shop. */
export class Migration20261201140000_checkout extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "orders"."carts" (
        "id" uuid primary key,
        "token" varchar(64) not null constraint "carts_token_unique" unique,
        "buyer_id" uuid null constraint "carts_buyer_id_unique" unique,
        "created_at" timestamptz(3) not null default now(),
        "updated_at" timestamptz(3) not null default now()
      );`);
    this.addSql(`
      create table "orders"."cart_lines" (
        "id" uuid primary key,
        "cart_id" uuid not null references "orders"."carts" ("id") on delete cascade,
        "variant_id" uuid not null,
        "quantity" integer not null check ("quantity" between 1 and 999),
        "seen_price" integer not null check ("seen_price" >= 0),
        "created_at" timestamptz(3) not null default now(),
        constraint "cart_lines_one_per_variant" unique ("cart_id", "variant_id")
      );`);
    this.addSql(`
      create table "orders"."payments" (
        "id" uuid primary key,
        "order_id" uuid not null constraint "payments_order_id_unique" unique references "orders"."orders" ("id"),
        "method" varchar(10) not null check ("method" in ('MIDTRANS', 'COD')),
        "status" varchar(10) not null check ("status" in ('PENDING', 'PAID', 'FAILED', 'EXPIRED', 'REFUNDED')),
        "amount" integer not null check ("amount" >= 0),
        "snap_token" varchar(100) null,
        "redirect_url" text null,
        "transaction_status" varchar(30) null,
        "created_at" timestamptz(3) not null default now(),
        "updated_at" timestamptz(3) not null default now()
      );`);
    this.addSql(`
      create table "orders"."payment_notifications" (
        "id" uuid primary key,
        "order_id" varchar(64) null,
        "transaction_status" varchar(30) null,
        "signature_valid" boolean not null,
        "outcome" varchar(30) not null,
        "payload" jsonb not null,
        "created_at" timestamptz(3) not null default now()
      );`);
    this.addSql(
      'create index "payment_notifications_order_idx" on "orders"."payment_notifications" ("order_id", "created_at");',
    );
    this.addSql(`
      create table "orders"."reviews" (
        "id" uuid primary key,
        "order_line_id" uuid not null constraint "reviews_order_line_id_unique" unique references "orders"."order_lines" ("id"),
        "product_id" uuid not null,
        "buyer_id" uuid not null,
        "rating" integer not null check ("rating" between 1 and 5),
        "comment" text null,
        "created_at" timestamptz(3) not null default now()
      );`);
    this.addSql('create index "reviews_product_idx" on "orders"."reviews" ("product_id");');
    this.addSql(`alter table "orders"."seller_orders"
      add column "cancel_reason" varchar(500) null,
      add column "refund_status" varchar(10) null check ("refund_status" in ('PENDING', 'REFUNDED'));`);
    this.addSql(
      `create index "seller_orders_delivered_idx" on "orders"."seller_orders" ("updated_at") where "status" = 'DELIVERED';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      'drop table "orders"."reviews", "orders"."payment_notifications", "orders"."payments", "orders"."cart_lines", "orders"."carts";',
    );
    this.addSql('alter table "orders"."seller_orders" drop column "cancel_reason", drop column "refund_status";');
  }
}
