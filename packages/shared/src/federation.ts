import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import { gql } from 'graphql-tag';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import type { RequestContext } from './context.js';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", ' +
  'import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@override"])';

/** `__resolveReference` for an entity: receives `{ __typename, id }` and loads the object. */
export type ReferenceResolver<C extends RequestContext = RequestContext> = (
  reference: { id: string },
  context: C,
) => Promise<unknown> | unknown;

export interface FederatedSchemaOptions {
  resolvers: BuildSchemaOptions['resolvers'];
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  /** Entity type name → how to load one from its key. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each subgraph's own context type
  referenceResolvers?: Record<string, ReferenceResolver<any>>;
}

export interface FederatedSchema {
  schema: GraphQLSchema;
  /** The subgraph SDL, as committed in `schema.graphql` and composed by the gateway. */
  sdl: string;
}

/**
 * Turns type-graphql resolvers into a Federation 2 subgraph schema: prints the
 * type-graphql schema with its `@key` directives, adds the `@link` to the federation
 * spec, and builds the subgraph with the resolvers and reference resolvers passed in
 * together (attached later, they would be lost).
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<FederatedSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    skipCheck: true,
    validate: false,
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphqlSchema)}\n`;
  const resolvers = createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<unknown>;
  for (const [typeName, resolveReference] of Object.entries(options.referenceResolvers ?? {})) {
    const existing = (resolvers[typeName] ?? {}) as Record<string, unknown>;
    resolvers[typeName] = { ...existing, __resolveReference: resolveReference } as GraphQLResolverMap<unknown>[string];
  }
  const schema = buildSubgraphSchema({ typeDefs: gql(sdl), resolvers });
  return { schema, sdl };
}
