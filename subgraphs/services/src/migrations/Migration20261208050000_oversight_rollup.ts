import { Migration } from '@mikro-orm/migrations';
import { rollupDown, rollupUp } from '../oversight/rollup.sql.js';

/**
 * A monthly roll-up per village and service of the additive oversight figures, kept by triggers
 * in the same transaction as the requests and surveys it sums, filled from the rows already
 * there (decision 022, "Speed"). The statements live beside the oversight code.
 */
export class Migration20261208050000_oversight_rollup extends Migration {
  override async up(): Promise<void> {
    for (const statement of rollupUp()) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const statement of rollupDown()) this.addSql(statement);
  }
}
