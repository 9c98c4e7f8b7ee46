import { dropOutboxWakeTriggerSql, outboxWakeTriggerSql } from '@kampung/shared';
import { Migration } from '@mikro-orm/migrations';

const TABLES = ['notification_outbox'];

/** Each insert into an outbox wakes its relay by NOTIFY when it commits (decision 032). */
export class Migration20261209040000_outbox_wake extends Migration {
  override async up(): Promise<void> {
    for (const table of TABLES) for (const sql of outboxWakeTriggerSql('services', table)) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const table of TABLES) for (const sql of dropOutboxWakeTriggerSql('services', table)) this.addSql(sql);
    this.addSql('drop function if exists "services"."outbox_wake"();');
  }
}
