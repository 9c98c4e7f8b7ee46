import { describe, expect, it } from 'vitest';
import { callApi } from './support/client.js';
import { graphql } from './support/graphql.js';

describe('the supergraph through the gateway', () => {
  it("joins products with their sellers and the sellers' owners across three subgraphs", async () => {
    const result = await callApi(
      graphql(`
        {
          products(first: 20) {
            totalCount
            edges {
              node {
                title
                priceFrom
                variants {
                  sku
                  price
                }
                seller {
                  name
                  village
                  owner {
                    name
                  }
                }
              }
            }
          }
        }
      `),
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.products.edges.map((edge) => edge.node);
    expect(result.data!.products.totalCount).toBeGreaterThanOrEqual(40);
    expect(nodes).toHaveLength(20);
    for (const node of nodes) {
      expect(node.seller!.name.length).toBeGreaterThan(0);
      expect(node.seller!.owner!.name.length).toBeGreaterThan(0);
      expect(node.priceFrom).toBe(Math.min(...node.variants.map((variant) => variant.price)));
      expect(Number.isInteger(node.priceFrom)).toBe(true);
    }
  });

  it('resolves Seller.products, which the products subgraph contributes to the sellers entity', async () => {
    const result = await callApi(
      graphql(`
        {
          seller(slug: "batik-sekar-sembulung") {
            name
            village
            products(first: 5) {
              edges {
                node {
                  seller {
                    name
                  }
                }
              }
            }
          }
        }
      `),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.seller!.village).toBe('Sembulung');
    const products = result.data!.seller!.products!.edges;
    expect(products.length).toBeGreaterThan(0);
    for (const { node } of products) expect(node.seller!.name).toBe(result.data!.seller!.name);
  });

  it('serves the village services catalogue beside the shop', async () => {
    const result = await callApi(graphql('{ serviceCategories { code services { name slaHours fee } } }'));
    expect(result.errors).toBeUndefined();
    const categories = result.data!.serviceCategories;
    expect(categories).toHaveLength(7);
    const services = categories.flatMap((category) => category.services);
    expect(services.length).toBeGreaterThanOrEqual(15);
    expect(services.map((service) => service.name).join(' ')).toMatch(/SKTM|Tidak Mampu/);
  });

  it('exposes the seven entity types and hides internal operations', async () => {
    // Introspection stays a raw string: gql.tada does not type __schema.
    const result = await callApi('{ __schema { types { name } mutationType { fields { name } } } }');
    const names: string[] = result.data!.__schema.types.map((type: { name: string }) => type.name);
    for (const type of ['User', 'Seller', 'Product', 'ProductVariant', 'Order', 'Service', 'ServiceRequest'])
      expect(names).toContain(type);
    const mutations: string[] = result.data!.__schema.mutationType.fields.map((field: { name: string }) => field.name);
    expect(mutations).toContain('signUp');
    expect(mutations.filter((name) => name.startsWith('internal'))).toEqual([]);
  });

  it('refuses a query nested deeper than the limit', async () => {
    const level = (inner: string) => `seller { products(first: 1) { edges { node { ${inner} } } } }`;
    const deep = `{ products(first: 1) { edges { node { ${level(level(level('title')))} } } } }`;
    const result = await callApi(deep);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toMatch(/too deep/);
  });

  it('answers health checks', async () => {
    const { gatewayUrl } = (await import('vitest')).inject('system');
    const response = await fetch(gatewayUrl.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
  });
});
