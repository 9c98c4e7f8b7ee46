import { Check, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Product } from '../products/product.entity.js';

/** A variant's low-stock threshold until its seller sets one. */
export const DEFAULT_LOW_STOCK_THRESHOLD = 5;

export interface OptionPair {
  name: string;
  value: string;
}

@Entity({ tableName: 'product_variants' })
@Index({ name: 'product_variants_product_idx', properties: ['product', 'position'] })
@Check({ name: 'product_variants_price_check', expression: 'price >= 0' })
@Check({ name: 'product_variants_stock_check', expression: 'stock >= 0' })
@Check({ name: 'product_variants_weight_grams_check', expression: 'weight_grams >= 0' })
@Check({ name: 'product_variants_low_stock_threshold_check', expression: 'low_stock_threshold >= 0' })
export class ProductVariant {
  [OptionalProps]?: 'id' | 'options' | 'position' | 'lowStockThreshold';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({
    entity: () => Product,
    deleteRule: 'cascade',
    updateRule: 'no action',
    foreignKeyName: 'product_variants_product_id_fkey',
  })
  product: Product;

  @Property({ type: 'string', length: 64, unique: true })
  sku: string;

  @Property({ type: 'string', length: 120 })
  name: string;

  /** e.g. `[{ name: 'Ukuran', value: '2 m × 1,15 m' }]` */
  @Property({ type: 'json', defaultRaw: `'[]'` })
  options: OptionPair[] = [];

  /** Whole rupiah. */
  @Property({ type: 'integer' })
  price: number;

  @Property({ type: 'integer' })
  stock: number;

  /** The owner hears `shop.stock_low` when the stock falls to this or below (decision 031). */
  @Property({ type: 'integer', default: DEFAULT_LOW_STOCK_THRESHOLD })
  lowStockThreshold: number = DEFAULT_LOW_STOCK_THRESHOLD;

  /** Shipping weight, packaging included. */
  @Property({ type: 'integer' })
  weightGrams: number;

  @Property({ type: 'integer' })
  position: number = 0;
}
