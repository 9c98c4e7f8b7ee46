/**
 * Part of `npm run schema`: writes, beside every internal client
 * (`subgraphs/<consumer>/src/clients/<owner>.client.ts`), the gql.tada introspection of the
 * owner's committed SDL (`<owner>.introspection.ts`), so the client's documents are typed and
 * checked (`gql.tada check`) against the schema the owner actually serves.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { clientContracts, introspectionSource, repositoryRoot } from '@kampung/devtools';

for (const contract of await clientContracts()) {
  await writeFile(path.join(repositoryRoot, contract.file), await introspectionSource(contract.owner));
  console.log(`wrote ${contract.file}`);
}
