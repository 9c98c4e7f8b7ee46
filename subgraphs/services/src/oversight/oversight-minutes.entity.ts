import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * The exact histogram of completion times of one village, WIB calendar month and service
 * (decision 029). Written only by the triggers of `minutes-histogram.sql.ts` (never by the ORM):
 * read it with SQL.
 */
@Entity({ tableName: 'oversight_minutes', readonly: true })
export class OversightMinutes {
  [PrimaryKeyProp]?: ['serviceId', 'month', 'villageCode'];

  /** A service, or `ALL_SERVICES` (the nil uuid) for every service of the village together. */
  @PrimaryKey({ type: 'uuid' })
  serviceId: string;

  /** The first day of the month (WIB) in which the requests were submitted. */
  @PrimaryKey({ type: 'date' })
  month: string;

  @PrimaryKey({ type: 'string', length: 13 })
  villageCode: string;

  /** The distinct working minutes taken by the completed requests, ascending. */
  @Property({ type: 'unknown', columnType: 'int[]' })
  minutes: number[];

  /** How many completed requests took each of `minutes`. */
  @Property({ type: 'unknown', columnType: 'int[]' })
  counts: number[];
}
