/** `npm run compose -w gateway`: writes gateway/supergraph.graphql from the subgraphs' schema.graphql files. */
import { writeFile } from 'node:fs/promises';
import { composeSupergraph, supergraphPath } from './compose.js';

await writeFile(supergraphPath, await composeSupergraph());
console.log(`wrote ${supergraphPath}`);
