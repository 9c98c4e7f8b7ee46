import { notificationOutboxSql } from '@kampung/shared';
import { Migration } from '@mikro-orm/migrations';

/** Events for the notifications subgraph, written in the same transaction as the change (decision 028). */
export class Migration20261208020400_notification_outbox extends Migration {
  override async up(): Promise<void> {
    for (const sql of notificationOutboxSql('services')) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql('drop table "services"."notification_outbox";');
  }
}
