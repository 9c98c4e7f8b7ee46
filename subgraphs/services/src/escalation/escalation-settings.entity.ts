import { Check, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The regency's complaint escalation thresholds (decision 031), one row per regency: working
 * hours before village staff are reminded of an unanswered complaint, and further hours before
 * the district officer is told. No row: the defaults of `thresholds.ts`.
 */
@Entity({ tableName: 'escalation_settings' })
@Check({
  name: 'escalation_settings_hours_check',
  expression: 'unanswered_hours >= 0 and escalate_after_hours >= 0',
})
export class EscalationSettings {
  [OptionalProps]?: 'updatedBy' | 'updatedAt';

  @PrimaryKey({ type: 'string', length: 5 })
  regencyCode: string;

  @Property({ type: 'integer' })
  unansweredHours: number;

  @Property({ type: 'integer' })
  escalateAfterHours: number;

  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;

  @Property({ type: 'Date', length: 3 })
  updatedAt: Date = new Date();
}
