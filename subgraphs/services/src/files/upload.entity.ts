import { CreatedEntity } from '@kampung/shared';
import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A stored file: who uploaded it (or whose letter it is) and whether anyone may read it. */
@Entity({ tableName: 'uploads' })
@Check({ name: 'uploads_size_check', expression: 'size > 0' })
export class Upload extends CreatedEntity<'public'> {
  @PrimaryKey({ type: 'string', length: 220 })
  key: string;

  @Property({ type: 'uuid' })
  ownerId: string;

  @Property({ type: 'string', length: 40 })
  contentType: string;

  @Property({ type: 'integer' })
  size: number;

  @Property({ type: 'boolean' })
  public: boolean = false;
}
