import { Migration } from '@mikro-orm/migrations';

/**
 * Users' created_at/updated_at in milliseconds, like every other table's: a keyset cursor
 * carries milliseconds, so a microsecond value never compares equal to the cursor it gave.
 */
export class Migration20261207220000_user_timestamps_ms extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'alter table "accounts"."users" alter column "created_at" type timestamptz(3), alter column "updated_at" type timestamptz(3);',
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      'alter table "accounts"."users" alter column "created_at" type timestamptz, alter column "updated_at" type timestamptz;',
    );
  }
}
