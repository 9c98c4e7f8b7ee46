import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createProduct, tokenWith, unique, verifiedSeller } from './support/catalog.js';
import { callApi } from './support/client.js';
import { graphql } from './support/graphql.js';
import { countStatements } from './support/sql-log.js';

/** A query text no other test sends, so its cache entry is this test's own. */
const listing = () => {
  const name = `Cache_${randomUUID().replace(/-/g, '')}`;
  return `query ${name}($first: Int!) { products(first: $first) { edges { node { id title priceFrom seller { name } } } } }`;
};

async function post(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(inject('system').gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    cache: response.headers.get('x-cache'),
    body: (await response.json()) as { data?: unknown; errors?: unknown[] },
  };
}

describe('gateway response cache for anonymous queries', () => {
  it('answers a repeated anonymous query from the cache, with the same data and no SQL', async () => {
    const query = listing();
    const first = await post(query, { first: 5 });
    expect(first.cache).toBeNull();
    expect(first.body.errors).toBeUndefined();
    let again: Awaited<ReturnType<typeof post>> | undefined;
    const statements = await countStatements(async () => {
      again = await post(query, { first: 5 });
    });
    expect(again!.cache).toBe('HIT');
    expect(again!.body).toEqual(first.body);
    // (The orders subgraph's own timers write now and then, and background jobs run on their own
    // `<subgraph>-jobs` pools; nothing that serves requests may run SQL.)
    const serving = ([service]: [string, string[]]) => service !== 'orders' && !service.endsWith('-jobs');
    expect([...statements.entries()].filter(serving).flatMap(([, lines]) => lines)).toEqual([]);
    // Other variables are another entry.
    expect((await post(query, { first: 4 })).cache).toBeNull();
  });

  it('never serves a signed-in caller from the cache', async () => {
    const query = listing();
    const token = await tokenWith(['BUYER']);
    await post(query, { first: 3 }, token);
    const second = await post(query, { first: 3 }, token);
    expect(second.cache).toBeNull();
    expect(second.body.errors).toBeUndefined();
    // …and what a signed-in caller read is not handed to anonymous callers either.
    expect((await post(query, { first: 3 })).cache).toBeNull();
  });

  it('merges identical anonymous queries in flight: 30 at once cost the SQL of one', async () => {
    const query = listing();
    const one = await countStatements(async () => {
      await post(query, { first: 7 });
    });
    const single = [...one.values()].flat().length;
    expect(single).toBeGreaterThan(0);
    const burstQuery = listing();
    let answers: Awaited<ReturnType<typeof post>>[] = [];
    const burst = await countStatements(async () => {
      answers = await Promise.all(Array.from({ length: 30 }, () => post(burstQuery, { first: 7 })));
    });
    for (const answer of answers) expect(answer.body).toEqual(answers[0]!.body);
    expect(
      answers.filter((answer) => answer.cache === 'MERGED' || answer.cache === 'HIT').length,
    ).toBeGreaterThanOrEqual(20);
    // The orders subgraph's timers add a few statements of their own at random.
    const burstStatements = [...burst.entries()]
      .filter(([service]) => service !== 'orders')
      .flatMap(([, lines]) => lines).length;
    const singleStatements = [...one.entries()]
      .filter(([service]) => service !== 'orders')
      .flatMap(([, lines]) => lines).length;
    expect(burstStatements).toBeLessThanOrEqual(singleStatements * 3);
  });

  it('empties at once when a mutation passes through: a new price is visible to the next anonymous read', async () => {
    const seller = await verifiedSeller();
    const product = await createProduct(seller.token, unique('Kain Cache'));
    const publish = await callApi(
      graphql('mutation($id: ID!) { publishProduct(id: $id) { id status } }'),
      { id: product.id },
      { token: seller.token },
    );
    expect(publish.errors).toBeUndefined();
    const query = `query Cache_${randomUUID().replace(/-/g, '')}($slug: String!) { product(slug: $slug) { id priceFrom } }`;
    const before = await post(query, { slug: product.slug });
    expect((before.body.data as { product: { priceFrom: number } }).product.priceFrom).toBe(150_000);
    expect((await post(query, { slug: product.slug })).cache).toBe('HIT');

    const update = await callApi(
      graphql('mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { id } }'),
      {
        id: product.id,
        input: {
          variants: [
            { sku: product.variants[0]!.sku, name: 'Standar', options: [], price: 175_000, stock: 5, weightGrams: 300 },
          ],
        },
      },
      { token: seller.token },
    );
    expect(update.errors).toBeUndefined();
    const after = await post(query, { slug: product.slug });
    expect(after.cache).toBeNull();
    expect((after.body.data as { product: { priceFrom: number } }).product.priceFrom).toBe(175_000);
  });

  it('does not store answers with errors', async () => {
    const query = `query Cache_${randomUUID().replace(/-/g, '')}($id: ID!) { order(id: $id) { id } }`;
    const first = await post(query, { id: randomUUID() });
    expect(first.body.errors?.length).toBeGreaterThan(0);
    expect((await post(query, { id: randomUUID() })).cache).toBeNull();
    const repeat = await post(query, { id: '00000000-0000-4000-8000-000000000000' });
    const repeatAgain = await post(query, { id: '00000000-0000-4000-8000-000000000000' });
    expect(repeat.body.errors?.length).toBeGreaterThan(0);
    expect(repeatAgain.cache).toBeNull();
  });
});
