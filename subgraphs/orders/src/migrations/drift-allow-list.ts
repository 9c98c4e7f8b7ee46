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
  'timestamptz(3) in the SQL on purpose (millisecond page cursors compare exactly with JS Dates); created_at/updated_at come from the shared base entities (packages/shared/src/base-entity.ts), which do not declare length: 3 yet.';
const FOREIGN_KEY_ON_SCALAR =
  'A foreign key in the SQL on a column the entity maps as a plain uuid property (no relation by design): MikroORM can only declare foreign keys on relations.';
const SQL_ONLY_COLUMN =
  'A column read and written only through SQL (orders.idempotency_key, by checkout-attempts.ts): the entity leaves it out on purpose; its partial unique index is declared on the entity.';

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
  { why: FOREIGN_KEY_ON_SCALAR, statement: 'alter table "orders"."payments" drop constraint "payments_order_id_fkey"' },
  {
    why: FOREIGN_KEY_ON_SCALAR,
    statement: 'alter table "orders"."reviews" drop constraint "reviews_order_line_id_fkey"',
  },
  { why: SQL_ONLY_COLUMN, statement: 'alter table "orders"."orders" drop column "idempotency_key"' },
];
