import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A staff reminder already written for a request or complaint (decision 031): the scheduled
 * check skips subjects that have one for the step, so each step is announced once.
 */
@Entity({ tableName: 'staff_alerts' })
export class StaffAlert {
  @PrimaryKey({ type: 'uuid' })
  subjectId: string;

  @PrimaryKey({ type: 'string', length: 40 })
  step: string;

  @Property({ type: 'Date', length: 3, defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
