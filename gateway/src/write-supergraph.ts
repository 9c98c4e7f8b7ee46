/** `npm run compose -w gateway`: writes gateway/supergraph.graphql and the public API schema from the subgraphs' SDL. */
import { writeFile } from 'node:fs/promises';
import { apiSchemaPath, composeApiSchema, composeSupergraph, supergraphPath } from './compose.js';

await writeFile(supergraphPath, await composeSupergraph());
await writeFile(apiSchemaPath, `${await composeApiSchema()}\n`);
console.log(`wrote ${supergraphPath} and ${apiSchemaPath}`);
