import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { TimestampedEntity } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { Category } from '../categories/category.entity.js';

export const PRODUCT_STATUSES = ['DRAFT', 'ACTIVE', 'ARCHIVED'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

@Entity({ tableName: 'products' })
export class Product extends TimestampedEntity<
  'id' | 'status' | 'attributes' | 'imageUrl' | 'featured' | 'sellerVisible' | 'sellerVillage'
> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 140, unique: true })
  slug: string;

  @Property({ type: 'string', length: 120 })
  title: string;

  @Property({ type: 'text' })
  description: string;

  @ManyToOne({ entity: () => Category })
  category: Category;

  /** The shop in the sellers subgraph (no foreign key across subgraphs). */
  @Property({ type: 'uuid' })
  sellerId: string;

  /** The shop owner when the product was created: who may edit it. */
  @Property({ type: 'uuid' })
  ownerUserId: string;

  @Enum({ items: () => [...PRODUCT_STATUSES], type: 'string' })
  status: ProductStatus = 'DRAFT';

  /** technique, motif, fabric, dye, unit, originVillage… */
  @Property({ type: 'json' })
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
}
