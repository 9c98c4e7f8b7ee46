import { expectNoSchemaDrift } from '@kampung/devtools';
import { inject, it } from 'vitest';
import { subgraph } from '../index.js';

it('the migrations build exactly the tables the entities describe', async () => {
  await expectNoSchemaDrift(subgraph, inject('databaseUrl'), [
    {
      statement:
        /^alter table "services"\."\w+" alter column "(created_at|updated_at)" type timestamptz using \("(created_at|updated_at)"::timestamptz\)$/,
      why:
        'Our columns are timestamptz(3) (milliseconds, like JavaScript dates, so keyset cursors compare exactly); ' +
        'the shared CreatedEntity/TimestampedEntity declare no precision. Remove once they declare length 3.',
    },
  ]);
});
