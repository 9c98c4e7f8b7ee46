import { composeServices } from '@apollo/composition';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SUBGRAPH_REGISTRY, localGraphqlUrl, subgraphFolder } from '@kampung/shared';
import { parse, printSchema } from 'graphql';

export { SUBGRAPH_NAMES } from '@kampung/shared';

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
    SUBGRAPH_REGISTRY.map(async ({ name, port }) => ({
      name,
      url: localGraphqlUrl(port),
      typeDefs: parse(await readFile(path.join(repoRoot, subgraphFolder(name), 'schema.graphql'), 'utf8')),
    })),
  );
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
  return result;
}
