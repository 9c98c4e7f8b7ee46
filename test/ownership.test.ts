import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO, callApi, signIn } from './support/client.js';
import { graphql } from './support/graphql.js';

const UPDATE = graphql(
  'mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { id title } }',
);

let db: pg.Client;
beforeAll(async () => {
  db = new pg.Client({ connectionString: inject('system').databaseUrl });
  await db.connect();
});
afterAll(() => db?.end());

async function productOf(sellerSlug: string): Promise<{ id: string; title: string }> {
  const result = await callApi(
    graphql('query($slug: String!) { seller(slug: $slug) { products(first: 1) { edges { node { id title } } } } }'),
    { slug: sellerSlug },
  );
  const node = result.data?.seller!.products!.edges[0]?.node;
  if (!node) throw new Error(`no product for ${sellerSlug}: ${JSON.stringify(result.errors)}`);
  return node;
}

describe('who may edit a listing', () => {
  it("refuses another seller's edit with FORBIDDEN and changes nothing", async () => {
    const product = await productOf('batik-sekar-sembulung');
    const before = await db.query('select title, updated_at from products.products where id = $1', [product.id]);
    const otherSeller = await signIn('kopi.gombengsari@kampung.test');
    const result = await callApi(
      UPDATE,
      { id: product.id, input: { title: 'Diubah oleh penjual lain' } },
      { token: otherSeller },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data?.updateProduct ?? null).toBeNull();
    const after = await db.query('select title, updated_at from products.products where id = $1', [product.id]);
    expect(after.rows[0]).toEqual(before.rows[0]);
  });

  it('refuses an anonymous edit with UNAUTHENTICATED', async () => {
    const product = await productOf('batik-sekar-sembulung');
    const result = await callApi(UPDATE, { id: product.id, input: { title: 'Tanpa masuk' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets the owner edit their own listing', async () => {
    const product = await productOf('batik-sekar-sembulung');
    const owner = await signIn(DEMO.seller);
    const title = `${product.title.replace(/ \(edisi \d+\)$/, '')} (edisi ${Date.now() % 1000})`;
    const result = await callApi(UPDATE, { id: product.id, input: { title } }, { token: owner });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateProduct.title).toBe(title);
    const stored = await db.query('select title from products.products where id = $1', [product.id]);
    expect(stored.rows[0].title).toBe(title);
  });

  it('answers NOT_FOUND for a product that does not exist', async () => {
    const owner = await signIn(DEMO.seller);
    const result = await callApi(
      UPDATE,
      { id: '00000000-0000-4000-8000-000000000000', input: { title: 'Tidak ada' } },
      { token: owner },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
