import { dropOutboxWakeTriggerSql, outboxWakeTriggerSql } from '@kampung/shared';
import { Migration } from '@mikro-orm/migrations';

/** Each insert into products' notification outbox wakes its relay by NOTIFY when it commits (decision 032). */
export class Migration20261209040100_outbox_wake extends Migration {
  override async up(): Promise<void> {
    for (const sql of outboxWakeTriggerSql('products', 'notification_outbox')) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const sql of dropOutboxWakeTriggerSql('products', 'notification_outbox')) this.addSql(sql);
    this.addSql('drop function if exists "products"."outbox_wake"();');
  }
}
