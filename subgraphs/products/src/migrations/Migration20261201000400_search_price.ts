import { Migration } from '@mikro-orm/migrations';

/**
 * Lowest price and total stock per product, kept by a trigger on product_variants, so that
 * search filters and sorts on them without aggregating variants per row. A trigger (not
 * application code) keeps it right whoever changes a variant: sellers, stock reservations.
 */
export class Migration20261201000400_search_price extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "products"."products"
      add column "price_min" integer not null default 0,
      add column "stock_total" integer not null default 0;`);
    this.addSql(`
      create function "products"."refresh_product_price_stock"() returns trigger language plpgsql as $$
      begin
        update "products"."products" p set
          "price_min" = coalesce((select min(v."price") from "products"."product_variants" v where v."product_id" = p."id"), 0),
          "stock_total" = coalesce((select sum(v."stock") from "products"."product_variants" v where v."product_id" = p."id"), 0)
        where p."id" in (select "product_id" from changed_rows);
        return null;
      end $$;`);
    for (const [event, table] of [
      ['insert', 'new'],
      ['update', 'new'],
      ['delete', 'old'],
    ] as const) {
      this
        .addSql(`create trigger "product_variants_${event}_price_stock" after ${event} on "products"."product_variants"
        referencing ${table} table as changed_rows for each statement execute function "products"."refresh_product_price_stock"();`);
    }
    this.addSql(`update "products"."products" p set
      "price_min" = coalesce((select min(v."price") from "products"."product_variants" v where v."product_id" = p."id"), 0),
      "stock_total" = coalesce((select sum(v."stock") from "products"."product_variants" v where v."product_id" = p."id"), 0);`);
    this.addSql(
      'create index "products_public_price_idx" on "products"."products" ("seller_visible", "status", "price_min");',
    );
  }

  override async down(): Promise<void> {
    for (const event of ['insert', 'update', 'delete'])
      this.addSql(`drop trigger "product_variants_${event}_price_stock" on "products"."product_variants";`);
    this.addSql('drop function "products"."refresh_product_price_stock"();');
    this.addSql('alter table "products"."products" drop column "price_min", drop column "stock_total";');
  }
}
