import type { AllowedDrift } from '@kampung/devtools';

/*
 * What MikroORM's schema diff still reports for orders after its migrations, statement by statement,
 * each with the reason it is accepted for now (docs/decisions/016-subgraph-contracts.md). Any other
 * statement fails the drift test; an entry here that stops matching fails it too. Fixing one means
 * declaring it on the entity (or a migration) and deleting its line.
 */

const SQL_ONLY_TABLE =
  'A table read and written only through SQL (outboxes, sessions, throttles, word lists): no entity by design.';
const TIMESTAMP_PRECISION =
  'timestamptz(3) in the SQL on purpose (millisecond page cursors compare exactly with JS Dates); the entity (or the shared base entity in packages/shared/src/base-entity.ts) does not declare length: 3 yet.';
const CHECK_CONSTRAINT = 'A check constraint in the SQL that the entity does not declare with @Check yet.';
const SQL_INDEX =
  'An index in the SQL (ordered, partial, composite, GIN or trigram) that the entity does not declare with @Index yet.';
const FOREIGN_KEY_NAMES =
  'A foreign key PostgreSQL named ..._fkey where MikroORM expects ..._foreign (with ON UPDATE CASCADE): same columns, named and declared differently.';
const SQL_ONLY_COLUMN = 'A column read and written only through SQL.';
const UNIQUE_NAMES =
  "A unique constraint named in the SQL differently from MikroORM's ..._unique (code matches some of these names: rename with care).";
const ENUM_COLUMN_TYPES =
  "An enum column typed varchar(n) (with a check) in the SQL; the entity's @Enum leaves MikroORM to choose text.";

export const allowedDrift: AllowedDrift[] = [
  { why: SQL_ONLY_TABLE, statement: 'drop table if exists "orders"."checkout_attempts" cascade' },
  {
    why: TIMESTAMP_PRECISION,
    statement:
      'alter table "orders"."carts" alter column "created_at" type timestamptz using ("created_at"::timestamptz)',
  },
  {
    why: TIMESTAMP_PRECISION,
    statement:
      'alter table "orders"."carts" alter column "updated_at" type timestamptz using ("updated_at"::timestamptz)',
  },
  {
    why: TIMESTAMP_PRECISION,
    statement:
      'alter table "orders"."cart_lines" alter column "created_at" type timestamptz using ("created_at"::timestamptz)',
  },
  {
    why: TIMESTAMP_PRECISION,
    statement:
      'alter table "orders"."orders" alter column "payment_due_at" type timestamptz using ("payment_due_at"::timestamptz)',
  },
  {
    why: TIMESTAMP_PRECISION,
    statement:
      'alter table "orders"."orders" alter column "created_at" type timestamptz using ("created_at"::timestamptz)',
  },
  {
    why: TIMESTAMP_PRECISION,
    statement:
      'alter table "orders"."orders" alter column "updated_at" type timestamptz using ("updated_at"::timestamptz)',
  },
  {
    why: TIMESTAMP_PRECISION,
    statement:
      'alter table "orders"."payments" alter column "created_at" type timestamptz using ("created_at"::timestamptz)',
  },
  {
    why: TIMESTAMP_PRECISION,
    statement:
      'alter table "orders"."payments" alter column "updated_at" type timestamptz using ("updated_at"::timestamptz)',
  },
  {
    why: TIMESTAMP_PRECISION,
    statement:
      'alter table "orders"."payment_notifications" alter column "created_at" type timestamptz using ("created_at"::timestamptz)',
  },
  {
    why: TIMESTAMP_PRECISION,
    statement:
      'alter table "orders"."reviews" alter column "created_at" type timestamptz using ("created_at"::timestamptz)',
  },
  {
    why: TIMESTAMP_PRECISION,
    statement:
      'alter table "orders"."seller_orders" alter column "created_at" type timestamptz using ("created_at"::timestamptz)',
  },
  {
    why: TIMESTAMP_PRECISION,
    statement:
      'alter table "orders"."seller_orders" alter column "updated_at" type timestamptz using ("updated_at"::timestamptz)',
  },
  {
    why: TIMESTAMP_PRECISION,
    statement:
      'alter table "orders"."order_events" alter column "created_at" type timestamptz using ("created_at"::timestamptz)',
  },
  {
    why: CHECK_CONSTRAINT,
    statement: 'alter table "orders"."seller_orders" drop constraint if exists "seller_orders_refund_status_check"',
  },
  {
    why: CHECK_CONSTRAINT,
    statement: 'alter table "orders"."order_events" drop constraint if exists "order_events_from_status_check"',
  },
  {
    why: CHECK_CONSTRAINT,
    statement: 'alter table "orders"."order_events" drop constraint if exists "order_events_to_status_check"',
  },
  { why: CHECK_CONSTRAINT, statement: 'alter table "orders"."cart_lines" drop constraint cart_lines_quantity_check' },
  { why: CHECK_CONSTRAINT, statement: 'alter table "orders"."cart_lines" drop constraint cart_lines_seen_price_check' },
  { why: CHECK_CONSTRAINT, statement: 'alter table "orders"."orders" drop constraint orders_items_total_check' },
  { why: CHECK_CONSTRAINT, statement: 'alter table "orders"."orders" drop constraint orders_shipping_address_check' },
  { why: CHECK_CONSTRAINT, statement: 'alter table "orders"."orders" drop constraint orders_shipping_total_check' },
  { why: CHECK_CONSTRAINT, statement: 'alter table "orders"."orders" drop constraint orders_total_amount_check' },
  { why: CHECK_CONSTRAINT, statement: 'alter table "orders"."orders" drop constraint orders_total_is_sum' },
  { why: CHECK_CONSTRAINT, statement: 'alter table "orders"."payments" drop constraint payments_amount_check' },
  { why: CHECK_CONSTRAINT, statement: 'alter table "orders"."reviews" drop constraint reviews_rating_check' },
  {
    why: CHECK_CONSTRAINT,
    statement: 'alter table "orders"."seller_orders" drop constraint seller_orders_items_total_check',
  },
  {
    why: CHECK_CONSTRAINT,
    statement: 'alter table "orders"."seller_orders" drop constraint seller_orders_shipping_fee_check',
  },
  {
    why: CHECK_CONSTRAINT,
    statement: 'alter table "orders"."order_lines" drop constraint order_lines_line_total_check',
  },
  { why: CHECK_CONSTRAINT, statement: 'alter table "orders"."order_lines" drop constraint order_lines_quantity_check' },
  {
    why: CHECK_CONSTRAINT,
    statement: 'alter table "orders"."order_lines" drop constraint order_lines_total_is_product',
  },
  {
    why: CHECK_CONSTRAINT,
    statement: 'alter table "orders"."order_lines" drop constraint order_lines_unit_price_check',
  },
  { why: SQL_INDEX, statement: 'drop index "orders"."orders_buyer_created_idx"' },
  { why: SQL_INDEX, statement: 'drop index "orders"."orders_buyer_idempotency_key_unique"' },
  { why: SQL_INDEX, statement: 'drop index "orders"."orders_payment_due_idx"' },
  { why: SQL_INDEX, statement: 'drop index "orders"."payment_notifications_order_idx"' },
  { why: SQL_INDEX, statement: 'drop index "orders"."reviews_product_idx"' },
  { why: SQL_INDEX, statement: 'drop index "orders"."seller_orders_delivered_idx"' },
  { why: SQL_INDEX, statement: 'drop index "orders"."seller_orders_seller_created_idx"' },
  { why: SQL_INDEX, statement: 'drop index "orders"."order_lines_seller_order_idx"' },
  { why: SQL_INDEX, statement: 'drop index "orders"."order_events_order_created_idx"' },
  { why: FOREIGN_KEY_NAMES, statement: 'alter table "orders"."cart_lines" drop constraint "cart_lines_cart_id_fkey"' },
  { why: FOREIGN_KEY_NAMES, statement: 'alter table "orders"."payments" drop constraint "payments_order_id_fkey"' },
  { why: FOREIGN_KEY_NAMES, statement: 'alter table "orders"."reviews" drop constraint "reviews_order_line_id_fkey"' },
  {
    why: FOREIGN_KEY_NAMES,
    statement: 'alter table "orders"."seller_orders" drop constraint "seller_orders_order_id_fkey"',
  },
  {
    why: FOREIGN_KEY_NAMES,
    statement: 'alter table "orders"."order_lines" drop constraint "order_lines_seller_order_id_fkey"',
  },
  {
    why: FOREIGN_KEY_NAMES,
    statement: 'alter table "orders"."order_events" drop constraint "order_events_order_id_fkey"',
  },
  {
    why: FOREIGN_KEY_NAMES,
    statement: 'alter table "orders"."order_events" drop constraint "order_events_seller_order_id_fkey"',
  },
  {
    why: FOREIGN_KEY_NAMES,
    statement:
      'alter table "orders"."cart_lines" add constraint "cart_lines_cart_id_foreign" foreign key ("cart_id") references "orders"."carts" ("id") on update cascade on delete cascade',
  },
  {
    why: FOREIGN_KEY_NAMES,
    statement:
      'alter table "orders"."seller_orders" add constraint "seller_orders_order_id_foreign" foreign key ("order_id") references "orders"."orders" ("id") on update cascade',
  },
  {
    why: FOREIGN_KEY_NAMES,
    statement:
      'alter table "orders"."order_lines" add constraint "order_lines_seller_order_id_foreign" foreign key ("seller_order_id") references "orders"."seller_orders" ("id") on update cascade',
  },
  {
    why: FOREIGN_KEY_NAMES,
    statement:
      'alter table "orders"."order_events" add constraint "order_events_order_id_foreign" foreign key ("order_id") references "orders"."orders" ("id") on update cascade',
  },
  {
    why: FOREIGN_KEY_NAMES,
    statement:
      'alter table "orders"."order_events" add constraint "order_events_seller_order_id_foreign" foreign key ("seller_order_id") references "orders"."seller_orders" ("id") on update cascade on delete set null',
  },
  { why: SQL_ONLY_COLUMN, statement: 'alter table "orders"."orders" drop column "idempotency_key"' },
  { why: UNIQUE_NAMES, statement: 'alter table "orders"."cart_lines" drop constraint "cart_lines_one_per_variant"' },
  { why: UNIQUE_NAMES, statement: 'alter table "orders"."seller_orders" drop constraint "seller_orders_one_per_shop"' },
  {
    why: ENUM_COLUMN_TYPES,
    statement: 'alter table "orders"."orders" alter column "status" type text using ("status"::text)',
  },
  {
    why: ENUM_COLUMN_TYPES,
    statement: 'alter table "orders"."orders" alter column "payment_method" type text using ("payment_method"::text)',
  },
  {
    why: ENUM_COLUMN_TYPES,
    statement: 'alter table "orders"."payments" alter column "method" type text using ("method"::text)',
  },
  {
    why: ENUM_COLUMN_TYPES,
    statement: 'alter table "orders"."payments" alter column "status" type text using ("status"::text)',
  },
  {
    why: ENUM_COLUMN_TYPES,
    statement: 'alter table "orders"."seller_orders" alter column "status" type text using ("status"::text)',
  },
  {
    why: ENUM_COLUMN_TYPES,
    statement:
      'alter table "orders"."seller_orders" alter column "refund_status" type varchar(10) using ("refund_status"::varchar(10))',
  },
  {
    why: ENUM_COLUMN_TYPES,
    statement:
      'alter table "orders"."order_events" alter column "from_status" type varchar(20) using ("from_status"::varchar(20))',
  },
  {
    why: ENUM_COLUMN_TYPES,
    statement:
      'alter table "orders"."order_events" alter column "to_status" type varchar(20) using ("to_status"::varchar(20))',
  },
];
