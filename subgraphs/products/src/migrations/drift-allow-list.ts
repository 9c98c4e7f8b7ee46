import type { AllowedDrift } from '@kampung/devtools';

/*
 * What MikroORM's schema diff still reports for products after its migrations, statement by statement,
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
const GENERATED_COLUMNS = 'Generated (search) and denormalised columns maintained in SQL that the entity leaves out.';
const UNIQUE_NAMES =
  "A unique constraint named in the SQL differently from MikroORM's ..._unique (code matches some of these names: rename with care).";
const JSON_AND_ARRAY_DEFAULTS = 'A jsonb / text[] column with a default in the SQL that the entity does not declare.';
const ENUM_COLUMN_TYPES =
  "An enum column typed varchar(n) (with a check) in the SQL; the entity's @Enum leaves MikroORM to choose text.";

export const allowedDrift: AllowedDrift[] = [
  { why: SQL_ONLY_TABLE, statement: 'drop table if exists "products"."search_outbox" cascade' },
  { why: SQL_ONLY_TABLE, statement: 'drop table if exists "products"."search_words" cascade' },
  {
    why: TIMESTAMP_PRECISION,
    statement:
      'alter table "products"."products" alter column "created_at" type timestamptz using ("created_at"::timestamptz)',
  },
  {
    why: TIMESTAMP_PRECISION,
    statement:
      'alter table "products"."products" alter column "updated_at" type timestamptz using ("updated_at"::timestamptz)',
  },
  {
    why: TIMESTAMP_PRECISION,
    statement:
      'alter table "products"."product_photos" alter column "created_at" type timestamptz using ("created_at"::timestamptz)',
  },
  {
    why: TIMESTAMP_PRECISION,
    statement:
      'alter table "products"."stock_adjustments" alter column "created_at" type timestamptz using ("created_at"::timestamptz)',
  },
  {
    why: TIMESTAMP_PRECISION,
    statement:
      'alter table "products"."stock_reservations" alter column "created_at" type timestamptz using ("created_at"::timestamptz)',
  },
  {
    why: TIMESTAMP_PRECISION,
    statement:
      'alter table "products"."stock_reservations" alter column "updated_at" type timestamptz using ("updated_at"::timestamptz)',
  },
  {
    why: CHECK_CONSTRAINT,
    statement: 'alter table "products"."product_variants" drop constraint product_variants_price_check',
  },
  {
    why: CHECK_CONSTRAINT,
    statement: 'alter table "products"."product_variants" drop constraint product_variants_stock_check',
  },
  {
    why: CHECK_CONSTRAINT,
    statement: 'alter table "products"."product_variants" drop constraint product_variants_weight_grams_check',
  },
  {
    why: CHECK_CONSTRAINT,
    statement: 'alter table "products"."stock_adjustments" drop constraint stock_adjustments_resulting_stock_check',
  },
  {
    why: CHECK_CONSTRAINT,
    statement: 'alter table "products"."stock_reservations" drop constraint stock_reservations_quantity_check',
  },
  { why: SQL_INDEX, statement: 'drop index "products"."products_category_idx"' },
  { why: SQL_INDEX, statement: 'drop index "products"."products_listing_idx"' },
  { why: SQL_INDEX, statement: 'drop index "products"."products_public_idx"' },
  { why: SQL_INDEX, statement: 'drop index "products"."products_public_price_idx"' },
  { why: SQL_INDEX, statement: 'drop index "products"."products_search_text_trgm_idx"' },
  { why: SQL_INDEX, statement: 'drop index "products"."products_search_vector_idx"' },
  { why: SQL_INDEX, statement: 'drop index "products"."products_seller_idx"' },
  { why: SQL_INDEX, statement: 'drop index "products"."product_photos_product_idx"' },
  { why: SQL_INDEX, statement: 'drop index "products"."product_variants_product_idx"' },
  { why: SQL_INDEX, statement: 'drop index "products"."stock_adjustments_variant_idx"' },
  {
    why: FOREIGN_KEY_NAMES,
    statement: 'alter table "products"."products" drop constraint "products_category_id_fkey"',
  },
  {
    why: FOREIGN_KEY_NAMES,
    statement: 'alter table "products"."product_photos" drop constraint "product_photos_product_id_fkey"',
  },
  {
    why: FOREIGN_KEY_NAMES,
    statement: 'alter table "products"."product_variants" drop constraint "product_variants_product_id_fkey"',
  },
  {
    why: FOREIGN_KEY_NAMES,
    statement: 'alter table "products"."stock_adjustments" drop constraint "stock_adjustments_variant_id_fkey"',
  },
  {
    why: FOREIGN_KEY_NAMES,
    statement: 'alter table "products"."stock_reservations" drop constraint "stock_reservations_variant_id_fkey"',
  },
  {
    why: FOREIGN_KEY_NAMES,
    statement:
      'alter table "products"."products" add constraint "products_category_id_foreign" foreign key ("category_id") references "products"."categories" ("id") on update cascade',
  },
  {
    why: FOREIGN_KEY_NAMES,
    statement:
      'alter table "products"."product_variants" add constraint "product_variants_product_id_foreign" foreign key ("product_id") references "products"."products" ("id") on update cascade on delete cascade',
  },
  {
    why: GENERATED_COLUMNS,
    statement:
      'alter table "products"."products" drop column "search_vector", drop column "search_text", drop column "price_min", drop column "stock_total"',
  },
  {
    why: UNIQUE_NAMES,
    statement: 'alter table "products"."stock_reservations" drop constraint "stock_reservations_order_variant_unique"',
  },
  {
    why: UNIQUE_NAMES,
    statement:
      'alter table "products"."stock_reservations" add constraint "stock_reservations_order_id_variant_id_unique" unique ("order_id", "variant_id")',
  },
  {
    why: JSON_AND_ARRAY_DEFAULTS,
    statement: 'alter table "products"."products" alter column "attributes" drop default',
  },
  {
    why: JSON_AND_ARRAY_DEFAULTS,
    statement: 'alter table "products"."products" alter column "attributes" type jsonb using ("attributes"::jsonb)',
  },
  {
    why: JSON_AND_ARRAY_DEFAULTS,
    statement: 'alter table "products"."product_variants" alter column "options" drop default',
  },
  {
    why: JSON_AND_ARRAY_DEFAULTS,
    statement: 'alter table "products"."product_variants" alter column "options" type jsonb using ("options"::jsonb)',
  },
  {
    why: ENUM_COLUMN_TYPES,
    statement: 'alter table "products"."products" alter column "status" type text using ("status"::text)',
  },
  {
    why: ENUM_COLUMN_TYPES,
    statement: 'alter table "products"."stock_reservations" alter column "state" type text using ("state"::text)',
  },
];
