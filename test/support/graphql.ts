import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.js';

/**
 * The tests' typed `graphql` tag over the public API schema (gateway/api-schema.graphql, introspected
 * into graphql-env.d.ts by `gql.tada generate-output --tsconfig test/tsconfig.json`). A document's
 * result and variables types come from the schema; `gql.tada check` fails on a document that no
 * longer matches it. Fragments are not masked: a test reads every field it selects.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { DateTimeISO: string };
  disableMasking: true;
}>();

export type { FragmentOf, ResultOf, TadaDocumentNode, VariablesOf } from 'gql.tada';
