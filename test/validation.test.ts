import { describe, expect, it } from 'vitest';
import { DEMO, callApi, signIn } from './support/client.js';
import { graphql } from './support/graphql.js';

describe('bad input', () => {
  it('answers BAD_USER_INPUT naming each field, in Indonesian then English, without a stack trace', async () => {
    const result = await callApi(graphql('mutation($input: SignUpInput!) { signUp(input: $input) { token } }'), {
      input: { name: 'X', email: 'bukan-email', password: '123' },
    });
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toBe('name: Nama minimal 2 huruf / name: Name needs at least 2 letters');
    expect(error?.extensions?.fields?.map((field) => field.field)).toEqual(['name', 'email', 'password']);
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at [\w.]+ \(/);
  });

  it('refuses a negative price on a variant, naming the variant field, and keeps the listing as it was', async () => {
    const token = await signIn(DEMO.seller);
    const mine = await callApi(
      graphql(
        '{ seller(slug: "batik-sekar-sembulung") { products(first: 1) { edges { node { id slug variants { sku name price stock } } } } } }',
      ),
    );
    const product = mine.data!.seller!.products!.edges[0]!.node;
    const variants = product.variants.map((variant, index) => ({
      sku: variant.sku,
      name: variant.name,
      options: [],
      stock: variant.stock,
      weightGrams: 500,
      price: index === 0 ? -5000 : variant.price,
    }));
    const result = await callApi(
      graphql('mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { id } }'),
      {
        id: product.id,
        input: { variants },
      },
      { token },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('variants.0.price');
    const after = await callApi(
      graphql('query($slug: String!) { product(slug: $slug) { variants { sku name price stock } } }'),
      { slug: product.slug },
    );
    expect(after.data?.product!.variants).toEqual(product.variants);
  });

  it('answers a malformed page cursor with BAD_USER_INPUT', async () => {
    const result = await callApi(graphql('{ products(first: 5, after: "not-a-cursor") { totalCount } }'));
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('after');
  });

  it('answers a page size out of range with BAD_USER_INPUT', async () => {
    const result = await callApi(graphql('{ products(first: 5000) { totalCount } }'));
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
