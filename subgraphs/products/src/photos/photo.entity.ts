import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { CreatedEntity } from '@kampung/shared';
import { randomUUID } from 'node:crypto';

/** A product photo, stored as WebP at each of `widths` under `<productId>/<id>-<width>.webp`. */
@Entity({ tableName: 'product_photos' })
@Index({ name: 'product_photos_product_idx', properties: ['productId', 'position'] })
export class ProductPhoto extends CreatedEntity<'id' | 'position'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  productId: string;

  @Property({ type: 'json' })
  widths: number[];

  /** Of the original, for the aspect ratio. */
  @Property({ type: 'integer' })
  width: number;

  @Property({ type: 'integer' })
  height: number;

  @Property({ type: 'integer' })
  position: number = 0;
}

export const photoKey = (photo: { productId: string; id: string }, width: number) =>
  `${photo.productId}/${photo.id}-${width}.webp`;
