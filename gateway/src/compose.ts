import { composeServices } from '@apollo/composition';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, printSchema } from 'graphql';

export const SUBGRAPH_NAMES = ['accounts', 'sellers', 'products', 'orders', 'services'] as const;
export const DEFAULT_SUBGRAPH_PORTS: Record<(typeof SUBGRAPH_NAMES)[number], number> = {
  accounts: 4001,
  sellers: 4002,
  products: 4003,
  orders: 4004,
  services: 4005,
};

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const supergraphPath = path.join(repoRoot, 'gateway', 'supergraph.graphql');
/** The public API (what clients see: no join directives, no @inaccessible fields), for typed documents. */
export const apiSchemaPath = path.join(repoRoot, 'gateway', 'api-schema.graphql');

/**
 * Composes the supergraph from each subgraph's committed `schema.graphql`. The URLs written
 * into it are the local defaults; the gateway (and Apollo Router) can override them.
 */
export async function composeSupergraph(): Promise<string> {
  return (await compose()).supergraphSdl;
}

/** The public API schema of the composed supergraph, printed. */
export async function composeApiSchema(): Promise<string> {
  return printSchema((await compose()).schema.toAPISchema().toGraphQLJSSchema());
}

async function compose() {
  const services = await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => ({
      name,
      url: `http://127.0.0.1:${DEFAULT_SUBGRAPH_PORTS[name]}/graphql`,
      typeDefs: parse(await readFile(path.join(repoRoot, 'subgraphs', name, 'schema.graphql'), 'utf8')),
    })),
  );
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
  return result;
}
