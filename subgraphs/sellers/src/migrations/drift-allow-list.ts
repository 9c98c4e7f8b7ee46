import type { AllowedDrift } from '@kampung/devtools';

/*
 * What MikroORM's schema diff still reports for sellers after its migrations, statement by statement,
 * each with the reason it is accepted for now (docs/decisions/016-subgraph-contracts.md). Any other
 * statement fails the drift test; an entry here that stops matching fails it too. Fixing one means
 * declaring it on the entity (or a migration) and deleting its line.
 */

const TIMESTAMP_PRECISION =
  'timestamptz(3) in the SQL on purpose (millisecond page cursors compare exactly with JS Dates); the entity (or the shared base entity in packages/shared/src/base-entity.ts) does not declare length: 3 yet.';

export const allowedDrift: AllowedDrift[] = [
  {
    why: TIMESTAMP_PRECISION,
    statement:
      'alter table "sellers"."sellers" alter column "created_at" type timestamptz using ("created_at"::timestamptz)',
  },
  {
    why: TIMESTAMP_PRECISION,
    statement:
      'alter table "sellers"."sellers" alter column "updated_at" type timestamptz using ("updated_at"::timestamptz)',
  },
];
