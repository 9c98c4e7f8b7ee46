import { Migration } from '@mikro-orm/migrations';

const ORDER_STATUSES = `'PENDING_PAYMENT', 'PAID', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'EXPIRED', 'REFUNDED'`;
const SELLER_ORDER_STATUSES = `'PENDING_PAYMENT', 'PAID', 'PROCESSING', 'ACCEPTED', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'EXPIRED', 'REFUNDED'`;

/** Timestamps keep milliseconds only, like JavaScript dates, so that keyset cursors compare exactly. */
export class Migration20261201100000_orders extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "orders"."orders" (
        "id" uuid primary key,
        "code" varchar(20) not null constraint "orders_code_unique" unique,
        "buyer_id" uuid not null,
        "status" varchar(20) not null check ("status" in (${ORDER_STATUSES})),
        "payment_method" varchar(10) not null check ("payment_method" in ('MIDTRANS', 'COD')),
        "items_total" integer not null check ("items_total" >= 0),
        "shipping_total" integer not null check ("shipping_total" >= 0),
        "total_amount" integer not null check ("total_amount" >= 0),
        "shipping_address" jsonb not null check (jsonb_typeof("shipping_address") = 'object'),
        "payment_due_at" timestamptz(3) null,
        "created_at" timestamptz(3) not null default now(),
        "updated_at" timestamptz(3) not null default now(),
        constraint "orders_total_is_sum" check ("total_amount"::bigint = "items_total"::bigint + "shipping_total")
      );`);
    this.addSql(
      'create index "orders_buyer_created_idx" on "orders"."orders" ("buyer_id", "created_at" desc, "id" desc);',
    );
    this.addSql(
      `create index "orders_payment_due_idx" on "orders"."orders" ("payment_due_at") where "status" = 'PENDING_PAYMENT';`,
    );

    this.addSql(`
      create table "orders"."seller_orders" (
        "id" uuid primary key,
        "order_id" uuid not null references "orders"."orders" ("id"),
        "seller_id" uuid not null,
        "status" varchar(20) not null check ("status" in (${SELLER_ORDER_STATUSES})),
        "items_total" integer not null check ("items_total" >= 0),
        "shipping_fee" integer not null check ("shipping_fee" >= 0),
        "shipping_option" varchar(60) not null,
        "courier" varchar(60) null,
        "tracking_number" varchar(60) null,
        "created_at" timestamptz(3) not null default now(),
        "updated_at" timestamptz(3) not null default now(),
        constraint "seller_orders_one_per_shop" unique ("order_id", "seller_id")
      );`);
    this.addSql(
      'create index "seller_orders_seller_created_idx" on "orders"."seller_orders" ("seller_id", "created_at" desc, "id" desc);',
    );

    this.addSql(`
      create table "orders"."order_lines" (
        "id" uuid primary key,
        "seller_order_id" uuid not null references "orders"."seller_orders" ("id"),
        "product_id" uuid not null,
        "variant_id" uuid not null,
        "title" varchar(200) not null,
        "sku" varchar(64) not null,
        "unit_price" integer not null check ("unit_price" >= 0),
        "quantity" integer not null check ("quantity" > 0),
        "line_total" integer not null check ("line_total" >= 0),
        constraint "order_lines_total_is_product" check ("line_total"::bigint = "unit_price"::bigint * "quantity")
      );`);
    this.addSql('create index "order_lines_seller_order_idx" on "orders"."order_lines" ("seller_order_id");');

    this.addSql(`
      create table "orders"."order_events" (
        "id" uuid primary key,
        "order_id" uuid not null references "orders"."orders" ("id"),
        "seller_order_id" uuid null references "orders"."seller_orders" ("id"),
        "actor_id" uuid null,
        "from_status" varchar(20) null check ("from_status" in (${SELLER_ORDER_STATUSES})),
        "to_status" varchar(20) not null check ("to_status" in (${SELLER_ORDER_STATUSES})),
        "note" varchar(500) null,
        "created_at" timestamptz(3) not null default now()
      );`);
    this.addSql('create index "order_events_order_created_idx" on "orders"."order_events" ("order_id", "created_at");');
  }

  override async down(): Promise<void> {
    this.addSql('drop table "orders"."order_events";');
    this.addSql('drop table "orders"."order_lines";');
    this.addSql('drop table "orders"."seller_orders";');
    this.addSql('drop table "orders"."orders";');
  }
}
