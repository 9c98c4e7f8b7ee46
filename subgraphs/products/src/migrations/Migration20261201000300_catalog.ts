import { Migration } from '@mikro-orm/migrations';

/**
 * Catalogue and search: the shops' status as products knows it, stock history, photos,
 * full-text search (Indonesian stemmer, weighted) with trigram matching for typos, and the
 * outbox that keeps an external search index (Meilisearch) in step.
 */
export class Migration20261201000300_catalog extends Migration {
  override async up(): Promise<void> {
    this.addSql('create extension if not exists pg_trgm;');
    this.addSql('create extension if not exists unaccent;');
    this.addSql(`
      create table "products"."seller_status" (
        "seller_id" uuid primary key,
        "status" varchar(16) not null check ("status" in ('PENDING', 'VERIFIED', 'REJECTED', 'SUSPENDED')),
        "village" varchar(60) not null default '',
        "updated_at" timestamptz(3) not null default now()
      );`);
    // Copied from seller_status in the same transaction that changes it: listings filter on one table.
    this.addSql(`alter table "products"."products"
      add column "seller_visible" boolean not null default false,
      add column "seller_village" varchar(60) not null default '';`);
    this.addSql(
      'create index "products_public_idx" on "products"."products" ("status", "seller_visible", "created_at" desc, "id" desc);',
    );
    this.addSql(`alter table "products"."products" add column "search_vector" tsvector generated always as (
        setweight(to_tsvector('indonesian', coalesce("title", '')), 'A') ||
        setweight(jsonb_to_tsvector('indonesian', "attributes", '["string"]'), 'B') ||
        setweight(to_tsvector('indonesian', coalesce("description", '')), 'C')
      ) stored;`);
    this.addSql(`alter table "products"."products" add column "search_text" text generated always as (
        lower("title" || ' ' || coalesce("attributes" ->> 'motif', '') || ' ' || coalesce("attributes" ->> 'technique', '') || ' ' ||
          coalesce("attributes" ->> 'fabric', '') || ' ' || coalesce("attributes" ->> 'originVillage', ''))
      ) stored;`);
    this.addSql('create index "products_search_vector_idx" on "products"."products" using gin ("search_vector");');
    this.addSql(
      'create index "products_search_text_trgm_idx" on "products"."products" using gin ("search_text" gin_trgm_ops);',
    );
    this.addSql(`
      create table "products"."stock_adjustments" (
        "id" uuid primary key,
        "variant_id" uuid not null references "products"."product_variants" ("id") on delete cascade,
        "product_id" uuid not null,
        "user_id" uuid not null,
        "delta" integer not null,
        "resulting_stock" integer not null check ("resulting_stock" >= 0),
        "reason" varchar(200) not null,
        "created_at" timestamptz(3) not null default now()
      );`);
    this.addSql(
      'create index "stock_adjustments_variant_idx" on "products"."stock_adjustments" ("variant_id", "created_at" desc);',
    );
    this.addSql(`
      create table "products"."product_photos" (
        "id" uuid primary key,
        "product_id" uuid not null references "products"."products" ("id") on delete cascade,
        "widths" jsonb not null,
        "width" integer not null,
        "height" integer not null,
        "position" integer not null default 0,
        "created_at" timestamptz(3) not null default now()
      );`);
    this.addSql('create index "product_photos_product_idx" on "products"."product_photos" ("product_id", "position");');
    this.addSql(`
      create table "products"."search_outbox" (
        "id" bigserial primary key,
        "product_id" uuid not null,
        "created_at" timestamptz(3) not null default now(),
        "attempts" integer not null default 0,
        "next_attempt_at" timestamptz(3) not null default now()
      );`);
    this.addSql('create index "search_outbox_due_idx" on "products"."search_outbox" ("next_attempt_at");');
  }

  override async down(): Promise<void> {
    this.addSql(
      'drop table "products"."search_outbox", "products"."product_photos", "products"."stock_adjustments", "products"."seller_status";',
    );
    this.addSql(`alter table "products"."products" drop column "search_text", drop column "search_vector",
      drop column "seller_village", drop column "seller_visible";`);
  }
}
