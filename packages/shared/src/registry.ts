/**
 * The one list of subgraphs: every tool that starts, composes, migrates, seeds or tests the
 * system reads it (gateway composition, `npm start`, the test systems, the seed, `npm run
 * schema`, the benchmarks). docker-compose.yml cannot import it; gateway/src/compose-file.test.ts
 * checks it against this list instead.
 *
 * Adding a subgraph: its folder `subgraphs/<name>` (workspace `@kampung/<name>`, entry
 * `src/main.ts`, `src/index.ts` exporting `subgraph`), one entry here, its service in
 * docker-compose.yml. Plain data only: this file imports nothing.
 */

/** One subgraph of the supergraph. */
export interface SubgraphEntry {
  /**
   * Its name everywhere: folder `subgraphs/<name>`, workspace `@kampung/<name>`, the name in the
   * supergraph (`@join__graph(name: …)`) and the compose service.
   */
  readonly name: string;
  /** Local default port (`npm start`, a service started alone). */
  readonly port: number;
  /** The variable holding its GraphQL URL, for the gateway and for subgraphs that call it. */
  readonly urlVariable: string;
  /** The variable that overrides its port under `npm start`. */
  readonly portVariable: string;
  /** Its PostgreSQL schema (it reads no other). */
  readonly databaseSchema: string;
}

export const SUBGRAPH_REGISTRY = [
  {
    name: 'accounts',
    port: 4001,
    urlVariable: 'ACCOUNTS_URL',
    portVariable: 'ACCOUNTS_PORT',
    databaseSchema: 'accounts',
  },
  {
    name: 'sellers',
    port: 4002,
    urlVariable: 'SELLERS_URL',
    portVariable: 'SELLERS_PORT',
    databaseSchema: 'sellers',
  },
  {
    name: 'products',
    port: 4003,
    urlVariable: 'PRODUCTS_URL',
    portVariable: 'PRODUCTS_PORT',
    databaseSchema: 'products',
  },
  {
    name: 'orders',
    port: 4004,
    urlVariable: 'ORDERS_URL',
    portVariable: 'ORDERS_PORT',
    databaseSchema: 'orders',
  },
  {
    name: 'services',
    port: 4005,
    urlVariable: 'SERVICES_URL',
    portVariable: 'SERVICES_PORT',
    databaseSchema: 'services',
  },
  {
    name: 'places',
    port: 4006,
    urlVariable: 'PLACES_URL',
    portVariable: 'PLACES_PORT',
    databaseSchema: 'places',
  },
  {
    name: 'notifications',
    port: 4007,
    urlVariable: 'NOTIFICATIONS_URL',
    portVariable: 'NOTIFICATIONS_PORT',
    databaseSchema: 'notifications',
  },
] as const satisfies readonly SubgraphEntry[];

export type SubgraphName = (typeof SUBGRAPH_REGISTRY)[number]['name'];

/** The subgraph names, in registry order (the order processes start and the supergraph lists them). */
export const SUBGRAPH_NAMES: readonly SubgraphName[] = SUBGRAPH_REGISTRY.map((entry) => entry.name);

/** The processes around the subgraphs. */
export const GATEWAY = {
  name: 'gateway',
  port: 4000,
  urlVariable: 'GATEWAY_URL',
  portVariable: 'GATEWAY_PORT',
} as const;
export const STOREFRONT = { name: 'storefront', port: 3000, portVariable: 'STOREFRONT_PORT' } as const;

/** A registry entry by name. */
export function subgraphEntry(name: SubgraphName): SubgraphEntry {
  return SUBGRAPH_REGISTRY.find((entry) => entry.name === name)!;
}

/** Its folder, relative to the repository root. */
export const subgraphFolder = (name: SubgraphName): string => `subgraphs/${name}`;

/** Its entry point (`runSubgraph(subgraph)`), relative to the repository root. */
export const subgraphMain = (name: SubgraphName): string => `subgraphs/${name}/src/main.ts`;

/** Its npm workspace, whose main export is `subgraph: SubgraphDefinition` and its entities. */
export const subgraphPackage = (name: SubgraphName): string => `@kampung/${name}`;

/** The GraphQL URL of a service on this host. */
export const localGraphqlUrl = (port: number, host = '127.0.0.1'): string => `http://${host}:${port}/graphql`;

/** A subgraph's GraphQL URL on this host at its default port: the default of its `urlVariable`. */
export const defaultSubgraphUrl = (name: SubgraphName): string => localGraphqlUrl(subgraphEntry(name).port);
