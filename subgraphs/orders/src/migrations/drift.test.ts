import { expectNoSchemaDrift } from '@kampung/devtools';
import { inject, it } from 'vitest';
import { subgraph } from '../index.js';
import { allowedDrift } from './drift-allow-list.js';

it('the migrations build exactly the tables the entities describe (but for the named allow-list)', async () => {
  await expectNoSchemaDrift(subgraph, inject('databaseUrl'), allowedDrift);
}, 60_000);
