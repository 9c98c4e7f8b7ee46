import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { CreatedEntity } from '@kampung/shared';

/** A national public holiday or joint leave day (cuti bersama): no office hours anywhere in the regency. */
@Entity({ tableName: 'holidays' })
export class Holiday extends CreatedEntity<'jointLeave'> {
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
}
