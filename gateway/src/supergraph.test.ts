import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  apiSchemaPath,
  composeApiSchema,
  composeSupergraph,
  repoRoot,
  SUBGRAPH_NAMES,
  supergraphPath,
} from './compose.js';

const run = promisify(execFile);

describe('committed schemas', () => {
  it.each(SUBGRAPH_NAMES)('subgraphs/%s/schema.graphql matches the code (run `npm run schema`)', async (name) => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/print-schema.ts', '--stdout', name], {
      cwd: repoRoot,
    });
    const committed = await readFile(path.join(repoRoot, 'subgraphs', name, 'schema.graphql'), 'utf8');
    expect(committed).toBe(stdout);
  });

  it('gateway/supergraph.graphql composes from them and is up to date', async () => {
    const composed = await composeSupergraph();
    expect(await readFile(supergraphPath, 'utf8')).toBe(composed);
    for (const type of ['User', 'Seller', 'Product', 'ProductVariant', 'Order', 'Service', 'ServiceRequest']) {
      expect(composed).toMatch(new RegExp(`type ${type}\\b[^{]*@join__type\\(graph: \\w+, key: "id"`));
    }
    for (const graph of SUBGRAPH_NAMES) expect(composed).toContain(`@join__graph(name: "${graph}"`);
  });

  it('gateway/api-schema.graphql is the public API of that supergraph (run `npm run schema`)', async () => {
    const api = await readFile(apiSchemaPath, 'utf8');
    expect(api).toBe(`${await composeApiSchema()}\n`);
    expect(api).not.toMatch(/@join__|@inaccessible|internal[A-Z]/);
  });
});
