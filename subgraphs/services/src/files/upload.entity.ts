import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** A stored file: who uploaded it (or whose letter it is) and whether anyone may read it. */
@Entity({ tableName: 'uploads' })
export class Upload {
  [OptionalProps]?: 'public' | 'createdAt';

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

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
