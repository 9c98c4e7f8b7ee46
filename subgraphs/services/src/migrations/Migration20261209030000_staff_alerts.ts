import { notificationFanoutSql } from '@kampung/shared';
import { Migration } from '@mikro-orm/migrations';

/** Staff reminders and complaint escalation (decision 031): group events, what was announced, the regency's thresholds. */
export class Migration20261209030000_staff_alerts extends Migration {
  override async up(): Promise<void> {
    for (const sql of notificationFanoutSql('services')) this.addSql(sql);
    this.addSql(`create table "services"."staff_alerts" (
      "subject_id" uuid not null,
      "step" varchar(40) not null,
      "created_at" timestamptz(3) not null default now(),
      constraint "staff_alerts_pkey" primary key ("subject_id", "step")
    )`);
    this.addSql(`create table "services"."escalation_settings" (
      "regency_code" varchar(5) not null primary key,
      "unanswered_hours" int not null,
      "escalate_after_hours" int not null,
      "updated_by" uuid null,
      "updated_at" timestamptz(3) not null,
      constraint "escalation_settings_hours_check" check (unanswered_hours >= 0 and escalate_after_hours >= 0)
    )`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table "services"."escalation_settings";');
    this.addSql('drop table "services"."staff_alerts";');
    this.addSql('drop table "services"."notification_fanout";');
  }
}
