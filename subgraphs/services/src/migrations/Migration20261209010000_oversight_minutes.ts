import { Migration } from '@mikro-orm/migrations';
import { minutesHistogramDown, minutesHistogramUp } from '../oversight/minutes-histogram.sql.js';

/**
 * The exact histogram of completion times per village, month and service, kept by triggers in
 * the same transaction as the requests, filled from the requests already there (decision 029).
 * The statements live beside the oversight code.
 */
export class Migration20261209010000_oversight_minutes extends Migration {
  override async up(): Promise<void> {
    for (const statement of minutesHistogramUp()) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const statement of minutesHistogramDown()) this.addSql(statement);
  }
}
