/**
 * Part of `npm run schema`: for every subgraph that an internal client
 * (`subgraphs/<consumer>/src/clients/<owner>.client.ts`) calls, writes the gql.tada introspection
 * of the owner's committed SDL once (`packages/shared/src/contracts/<owner>.introspection.ts`), so
 * each client's documents are typed and checked (`gql.tada check`) against the schema the owner
 * actually serves.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { clientContracts, introspectionSource, repositoryRoot } from '@kampung/devtools';

const written = new Set<string>();
for (const contract of await clientContracts()) {
  if (written.has(contract.file)) continue;
  written.add(contract.file);
  await mkdir(path.dirname(path.join(repositoryRoot, contract.file)), { recursive: true });
  await writeFile(path.join(repositoryRoot, contract.file), await introspectionSource(contract.owner));
  console.log(`wrote ${contract.file}`);
}
