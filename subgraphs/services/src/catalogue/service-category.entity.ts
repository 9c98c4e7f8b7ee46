import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** One of the seven Smart Kampung criteria, e.g. PELAYANAN_PUBLIK. */
@Entity({ tableName: 'service_categories' })
export class ServiceCategory {
  [OptionalProps]?: 'id' | 'description';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 40, unique: 'service_categories_code_key' })
  code: string;

  @Property({ type: 'string', length: 120 })
  name: string;

  @Property({ type: 'text' })
  description: string = '';

  @Property({ type: 'integer' })
  position: number;
}
