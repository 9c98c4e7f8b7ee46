import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** A product photo, stored as WebP at each of `widths` under `<productId>/<id>-<width>.webp`. */
@Entity({ tableName: 'product_photos' })
export class ProductPhoto {
  [OptionalProps]?: 'id' | 'position' | 'createdAt';

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

  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}

export const photoKey = (photo: { productId: string; id: string }, width: number) =>
  `${photo.productId}/${photo.id}-${width}.webp`;
