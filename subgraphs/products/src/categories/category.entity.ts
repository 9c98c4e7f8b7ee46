import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

@Entity({ tableName: 'categories' })
export class Category {
  [OptionalProps]?: 'id' | 'position';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 60, unique: true })
  slug: string;

  @Property({ type: 'string', length: 80 })
  name: string;

  @Property({ type: 'string', length: 80 })
  nameEn: string;

  /** Display order, smallest first. */
  @Property({ type: 'integer' })
  position: number = 0;
}
