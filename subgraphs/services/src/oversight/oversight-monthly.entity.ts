import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * The additive oversight figures of one village, WIB calendar month and service (decision 022).
 * Written only by the triggers of `rollup.sql.ts` (never by the ORM): read it with SQL.
 */
@Entity({ tableName: 'oversight_monthly', readonly: true })
export class OversightMonthly {
  // Service first: the league reads one service (or the all-services rows) over a range of months.
  [PrimaryKeyProp]?: ['serviceId', 'month', 'villageCode'];

  /** A service, or `ALL_SERVICES` (the nil uuid) for every service of the village together. */
  @PrimaryKey({ type: 'uuid' })
  serviceId: string;

  /** The first day of the month (WIB). */
  @PrimaryKey({ type: 'date' })
  month: string;

  @PrimaryKey({ type: 'string', length: 13 })
  villageCode: string;

  /** Requests submitted in the month. */
  @Property({ type: 'integer', default: 0 })
  requests = 0;

  @Property({ type: 'integer', default: 0 })
  completed = 0;

  @Property({ type: 'integer', default: 0 })
  onTime = 0;

  @Property({ type: 'integer', default: 0 })
  slaJudged = 0;

  /** Surveys answered in the month, and the sum of each IKM element's scores. */
  @Property({ type: 'integer', default: 0 })
  surveys = 0;

  @Property({ type: 'integer', default: 0 })
  ikmSum1 = 0;

  @Property({ type: 'integer', default: 0 })
  ikmSum2 = 0;

  @Property({ type: 'integer', default: 0 })
  ikmSum3 = 0;

  @Property({ type: 'integer', default: 0 })
  ikmSum4 = 0;

  @Property({ type: 'integer', default: 0 })
  ikmSum5 = 0;

  @Property({ type: 'integer', default: 0 })
  ikmSum6 = 0;

  @Property({ type: 'integer', default: 0 })
  ikmSum7 = 0;

  @Property({ type: 'integer', default: 0 })
  ikmSum8 = 0;

  @Property({ type: 'integer', default: 0 })
  ikmSum9 = 0;
}
