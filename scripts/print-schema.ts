/**
 * Prints one subgraph's SDL: `tsx scripts/print-schema.ts products` writes
 * subgraphs/products/schema.graphql; with `--stdout` it prints it instead.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SubgraphDefinition } from '@kampung/shared';

const args = process.argv.slice(2);
const name = args.find((arg) => !arg.startsWith('--'));
if (!name) throw new Error('usage: print-schema.ts [--stdout] <subgraph>');
const { subgraph } = (await import(`@kampung/${name}`)) as { subgraph: SubgraphDefinition };
const { sdl } = await subgraph.schema();
if (args.includes('--stdout')) {
  process.stdout.write(sdl);
} else {
  const file = path.resolve(import.meta.dirname, '..', 'subgraphs', name, 'schema.graphql');
  await writeFile(file, sdl);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
