/** Prints one subgraph's SDL to `subgraphs/<name>/schema.graphql`: `tsx scripts/print-schema.ts products`. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SubgraphDefinition } from '@kampung/shared';

const name = process.argv[2];
if (!name) throw new Error('usage: print-schema.ts <subgraph>');
const { subgraph } = (await import(`@kampung/${name}`)) as { subgraph: SubgraphDefinition };
const { sdl } = await subgraph.schema();
const file = path.resolve(import.meta.dirname, '..', 'subgraphs', name, 'schema.graphql');
await writeFile(file, sdl);
console.log(`wrote ${path.relative(process.cwd(), file)}`);
