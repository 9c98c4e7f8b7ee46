import { expectNoSchemaDrift } from '@kampung/devtools';
import { inject, it } from 'vitest';
import { subgraph } from '../index.js';

const WHY_FOREIGN_KEYS =
  'codes are plain string columns in the entities (no ORM relations needed to read a region by code), ' +
  'but the database still holds every parent and village code to an existing region';

it('the migrations build exactly the tables the entities describe', async () => {
  await expectNoSchemaDrift(subgraph, inject('databaseUrl'), [
    { statement: 'alter table "places"."regions" drop constraint "regions_parent_code_fkey"', why: WHY_FOREIGN_KEYS },
    { statement: 'alter table "places"."villages" drop constraint "villages_code_fkey"', why: WHY_FOREIGN_KEYS },
    {
      statement: 'alter table "places"."villages" drop constraint "villages_district_code_fkey"',
      why: WHY_FOREIGN_KEYS,
    },
  ]);
});
