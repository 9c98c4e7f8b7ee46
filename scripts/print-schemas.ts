/**
 * `npm run schema`: prints every subgraph's SDL to its `schema.graphql` (each in its own
 * process: type-graphql keeps its metadata per process) and composes gateway/supergraph.graphql.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { SUBGRAPH_NAMES } from '@kampung/shared';

const root = path.resolve(import.meta.dirname, '..');
const run = (script: string, ...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, script), ...args], {
    cwd: root,
    stdio: 'inherit',
  });

for (const name of SUBGRAPH_NAMES) run('scripts/print-schema.ts', name);
run('gateway/src/write-supergraph.ts');
// Each internal client's types, from the owner's SDL just printed.
run('scripts/print-client-types.ts');
