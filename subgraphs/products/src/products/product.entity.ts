import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { TimestampedEntity } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { Category } from '../categories/category.entity.js';

export const PRODUCT_STATUSES = ['DRAFT', 'ACTIVE', 'ARCHIVED'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

@Entity({ tableName: 'products' })
@Index({
  name: 'products_listing_idx',
  expression: 'create index "products_listing_idx" on "products"."products" ("status", "created_at" desc, "id" desc)',
})
@Index({
  name: 'products_public_idx',
  expression:
    'create index "products_public_idx" on "products"."products" ("status", "seller_visible", "created_at" desc, "id" desc)',
})
@Index({
  name: 'products_public_price_idx',
  expression:
    'create index "products_public_price_idx" on "products"."products" ("seller_visible", "status", "price_min")',
})
@Index({
  name: 'products_search_vector_idx',
  expression: 'create index "products_search_vector_idx" on "products"."products" using gin ("search_vector")',
})
@Index({
  name: 'products_search_text_trgm_idx',
  expression:
    'create index "products_search_text_trgm_idx" on "products"."products" using gin ("search_text" gin_trgm_ops)',
})
@Index({ name: 'products_category_idx', properties: ['category'] })
@Index({ name: 'products_seller_idx', properties: ['sellerId'] })
@Index({
  name: 'products_seller_village_code_idx',
  expression:
    'create index "products_seller_village_code_idx" on "products"."products" ("seller_village_code" varchar_pattern_ops)',
})
export class Product extends TimestampedEntity<
  'id' | 'status' | 'attributes' | 'imageUrl' | 'featured' | 'sellerVisible' | 'sellerVillage' | 'sellerVillageCode'
> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 140, unique: true })
  slug: string;

  @Property({ type: 'string', length: 120 })
  title: string;

  @Property({ type: 'text' })
  description: string;

  @ManyToOne({ entity: () => Category, foreignKeyName: 'products_category_id_fkey', updateRule: 'no action' })
  category: Category;

  /** The shop in the sellers subgraph (no foreign key across subgraphs). */
  @Property({ type: 'uuid' })
  sellerId: string;

  /** The shop owner when the product was created: who may edit it. */
  @Property({ type: 'uuid' })
  ownerUserId: string;

  @Enum({ items: () => [...PRODUCT_STATUSES], type: 'string', columnType: 'varchar(16)' })
  status: ProductStatus = 'DRAFT';

  /** technique, motif, fabric, dye, unit, originVillage… */
  @Property({ type: 'json', defaultRaw: `'{}'` })
  attributes: Record<string, string> = {};

  @Property({ type: 'text', nullable: true })
  imageUrl: string | null = null;

  @Property({ type: 'boolean' })
  featured: boolean = false;

  /** The shop is VERIFIED (copied from seller_status): only then is an ACTIVE product public. */
  @Property({ type: 'boolean' })
  sellerVisible: boolean = false;

  @Property({ type: 'string', length: 60 })
  sellerVillage: string = '';

  /** Kemendagri code of the shop's village (copied from seller_status): the catalogue filters on it. */
  @Property({ type: 'string', length: 13, default: '' })
  sellerVillageCode: string = '';
}
