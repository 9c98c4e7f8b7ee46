import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

/**
 * The storefront's typed `graphql` tag: every document is checked against the public API schema
 * (gateway/api-schema.graphql, introspected into graphql-env.d.ts) by `npm run typecheck`.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { DateTimeISO: string };
}>();

export { readFragment, type FragmentOf, type ResultOf, type VariablesOf } from 'gql.tada';
