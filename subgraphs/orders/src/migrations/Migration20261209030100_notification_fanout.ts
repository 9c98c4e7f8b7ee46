import { notificationFanoutSql } from '@kampung/shared';
import { Migration } from '@mikro-orm/migrations';

/** Shop events waiting for their owner's user id from sellers (decision 031). */
export class Migration20261209030100_notification_fanout extends Migration {
  override async up(): Promise<void> {
    for (const sql of notificationFanoutSql('orders')) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql('drop table "orders"."notification_fanout";');
  }
}
