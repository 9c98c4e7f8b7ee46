import { Migration } from '@mikro-orm/migrations';

export class Migration20261201000200_products extends Migration {
  /** `timestamptz(3)`: milliseconds, as in a JS Date, so that page cursors compare exactly. */
  override async up(): Promise<void> {
    this.addSql(`
      create table "products"."categories" (
        "id" uuid primary key,
        "slug" varchar(60) not null constraint "categories_slug_unique" unique,
        "name" varchar(80) not null,
        "name_en" varchar(80) not null,
        "position" integer not null default 0
      );`);
    this.addSql(`
      create table "products"."products" (
        "id" uuid primary key,
        "slug" varchar(140) not null constraint "products_slug_unique" unique,
        "title" varchar(120) not null,
        "description" text not null,
        "category_id" uuid not null references "products"."categories" ("id"),
        "seller_id" uuid not null,
        "owner_user_id" uuid not null,
        "status" varchar(16) not null default 'DRAFT' check ("status" in ('DRAFT', 'ACTIVE', 'ARCHIVED')),
        "attributes" jsonb not null default '{}',
        "image_url" text null,
        "featured" boolean not null default false,
        "created_at" timestamptz(3) not null default now(),
        "updated_at" timestamptz(3) not null default now()
      );`);
    this.addSql(
      'create index "products_listing_idx" on "products"."products" ("status", "created_at" desc, "id" desc);',
    );
    this.addSql('create index "products_category_idx" on "products"."products" ("category_id");');
    this.addSql('create index "products_seller_idx" on "products"."products" ("seller_id");');
    this.addSql(`
      create table "products"."product_variants" (
        "id" uuid primary key,
        "product_id" uuid not null references "products"."products" ("id") on delete cascade,
        "sku" varchar(64) not null constraint "product_variants_sku_unique" unique,
        "name" varchar(120) not null,
        "options" jsonb not null default '[]',
        "price" integer not null check ("price" >= 0),
        "stock" integer not null check ("stock" >= 0),
        "weight_grams" integer not null check ("weight_grams" >= 0),
        "position" integer not null default 0
      );`);
    this.addSql(
      'create index "product_variants_product_idx" on "products"."product_variants" ("product_id", "position");',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table "products"."product_variants";');
    this.addSql('drop table "products"."products";');
    this.addSql('drop table "products"."categories";');
  }
}
