import { expectNoSchemaDrift } from '@kampung/devtools';
import { inject, it } from 'vitest';
import { subgraph } from '../index.js';

it('the migrations build exactly the tables the entities describe', async () => {
  await expectNoSchemaDrift(subgraph, inject('databaseUrl'));
});
