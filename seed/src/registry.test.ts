/**
 * The registry (packages/shared/src/registry.ts) against the subgraphs themselves: the seed is
 * a part allowed to import every subgraph, so the check lives here. A subgraph's definition
 * carries the same name (its PostgreSQL schema) and default port as its registry entry.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { SUBGRAPH_REGISTRY, subgraphMain, subgraphPackage, type SubgraphDefinition } from '@kampung/shared';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('subgraph registry', () => {
  it.each(SUBGRAPH_REGISTRY.map((entry) => [entry.name, entry] as const))(
    '%s: its definition agrees with its entry',
    async (name, entry) => {
      const { subgraph } = (await import(subgraphPackage(name))) as { subgraph: SubgraphDefinition };
      expect(subgraph.name).toBe(entry.name);
      expect(subgraph.name).toBe(entry.databaseSchema);
      expect(subgraph.defaultPort).toBe(entry.port);
      expect(existsSync(path.join(root, subgraphMain(name)))).toBe(true);
    },
  );

  it('lists every subgraph folder that has a main.ts, with distinct ports and variables', () => {
    const folders = readdirSync(path.join(root, 'subgraphs')).filter((name) =>
      existsSync(path.join(root, 'subgraphs', name, 'src', 'main.ts')),
    );
    expect(SUBGRAPH_REGISTRY.map((entry) => entry.name).sort()).toEqual(folders.sort());
    for (const key of ['port', 'urlVariable', 'portVariable', 'databaseSchema'] as const) {
      expect(new Set(SUBGRAPH_REGISTRY.map((entry) => entry[key])).size).toBe(SUBGRAPH_REGISTRY.length);
    }
  });
});
