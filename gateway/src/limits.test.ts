import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import {
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, supergraphPath } from './compose.js';
import { UNPAGED_LIST_SIZE, operationCost } from './cost-limit.js';
import { gatewayEnvSchema } from './env.js';
import { operationCountLimit, rootFieldLimit } from './limits.js';

let schema: GraphQLSchema;

beforeAll(async () => {
  const gateway = new ApolloGateway({ supergraphSdl: await readFile(supergraphPath, 'utf8') });
  schema = (await gateway.load()).schema;
  await gateway.stop();
});

function costOf(document: DocumentNode, variables: Record<string, unknown> = {}): number {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = document.definitions.filter(
    (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
  );
  return operationCost(schema, operation, fragments, variables);
}

describe('operation cost', () => {
  it('counts each field once and multiplies a connection by its page size, from a variable too', () => {
    // products 1 + 10 × (edges 1 + node 1 + title 1)
    expect(costOf(parse('{ products(first: 10) { edges { node { title } } } }'))).toBe(31);
    expect(costOf(parse('query($n: Int) { products(first: $n) { edges { node { title } } } }'), { n: 10 })).toBe(31);
    // Without a size the default page (20) counts.
    expect(costOf(parse('{ products { edges { node { title } } } }'))).toBe(61);
    // A size inside the input object counts like an argument.
    expect(
      costOf(parse('query($input: SearchInput) { search(input: $input) { nodes { id } } }'), { input: { first: 50 } }),
    ).toBe(1 + 50 * 2);
  });

  it('follows fragments and counts unpaged lists as a few items', () => {
    const withFragment = costOf(
      parse('{ product(slug: "x") { ...P } } fragment P on Product { title variants { sku } }'),
    );
    expect(withFragment).toBe(1 + 1 + 1 + UNPAGED_LIST_SIZE * 1);
  });

  it('grows with nesting, so nested pages are what the limit stops', () => {
    const nested = '{ sellers(first: 100) { edges { node { products(first: 100) { edges { node { title } } } } } } }';
    expect(costOf(parse(nested))).toBeGreaterThan(gatewayEnvSchema.parse({}).MAX_QUERY_COST);
  });

  it('keeps every storefront document under the default limit (with pages of 100)', async () => {
    const folder = path.join(repoRoot, 'storefront', 'app', 'graphql');
    const max = gatewayEnvSchema.parse({}).MAX_QUERY_COST;
    let checked = 0;
    for (const file of await readdir(folder)) {
      const module = (await import(path.join(folder, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if ((value as DocumentNode | undefined)?.kind !== Kind.DOCUMENT) continue;
        // A fragment's own document (gql.tada): counted inside each operation that spreads it.
        if (!(value as DocumentNode).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)) continue;
        const cost = costOf(value as DocumentNode, { first: 100, limit: 100, input: { first: 100 } });
        expect.soft(cost, `${file} ${name}`).toBeLessThanOrEqual(max);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});

describe('root field and operation limits', () => {
  it('refuses more root fields than allowed, counting those in fragments', () => {
    const errors = (source: string) =>
      validate(schema, parse(source), [...specifiedRules, rootFieldLimit(2)]).map((e) => e.message);
    expect(errors('{ categories { slug } courses { slug } }')).toEqual([]);
    expect(
      errors('{ categories { slug } ...Q } fragment Q on Query { courses { slug } serviceCategories { code } }'),
    ).toEqual(['Terlalu banyak kolom akar (3 > 2) / Too many root fields (3 > 2)']);
  });

  it('refuses documents with more operations than allowed', () => {
    const document = parse('query A { categories { slug } } query B { courses { slug } } query C { courses { slug } }');
    expect(validate(schema, document, [operationCountLimit(2)]).map((e) => e.extensions.code)).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    expect(validate(schema, document, [operationCountLimit(3)])).toEqual([]);
  });
});
