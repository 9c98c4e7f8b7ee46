import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** A national public holiday or joint leave day (cuti bersama): no office hours anywhere in the regency. */
@Entity({ tableName: 'holidays' })
export class Holiday {
  [OptionalProps]?: 'jointLeave' | 'createdAt';

  /** Local date, "YYYY-MM-DD". */
  @PrimaryKey({ type: 'date' })
  date: string;

  /** Indonesian name. */
  @Property({ type: 'string', length: 150 })
  name: string;

  @Property({ type: 'string', length: 150 })
  nameEn: string;

  /** Cuti bersama (joint leave) rather than a public holiday proper. */
  @Property({ type: 'boolean', default: false })
  jointLeave: boolean = false;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
