import { describe, expect, it } from 'vitest';
import { callApi } from './support/client.js';
import { graphql } from './support/graphql.js';
import { countStatements } from './support/sql-log.js';

const LISTING = graphql(`
  query ($first: Int!) {
    products(first: $first) {
      edges {
        node {
          title
          priceFrom
          category {
            name
          }
          variants {
            sku
            price
          }
          seller {
            name
            village
          }
        }
      }
    }
  }
`);

async function statementsFor(first: number) {
  let returned = 0;
  const statements = await countStatements(async () => {
    const result = await callApi(LISTING, { first });
    expect(result.errors).toBeUndefined();
    returned = result.data!.products.edges.length;
    for (const edge of result.data!.products.edges) expect(edge.node.seller!.name.length).toBeGreaterThan(0);
  });
  return { returned, sellers: statements.get('sellers') ?? [], products: statements.get('products') ?? [] };
}

describe('reference resolvers batch', () => {
  it('lists 50 products with their sellers in one sellers query, and as many queries as a page of 5', async () => {
    const large = await statementsFor(50);
    const small = await statementsFor(5);
    console.log(
      `SQL statements for ${large.returned} products: products=${large.products.length}, sellers=${large.sellers.length}`,
    );
    expect(large.returned).toBeGreaterThanOrEqual(40);
    expect(large.sellers).toHaveLength(1);
    expect(large.products.length).toBe(small.products.length);
    expect(large.products.length).toBeLessThanOrEqual(5);
  });
});
