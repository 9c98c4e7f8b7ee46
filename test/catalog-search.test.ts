import { describe, expect, it } from 'vitest';
import { callApi } from './support/client.js';
import { graphql } from './support/graphql.js';

const SEARCH = graphql(
  'query($input: SearchInput) { search(input: $input) { totalCount nodes { title seller { name } } facets { category { value count } technique { value } } } }',
);
const search = async (input: Record<string, unknown>) => {
  const result = await callApi(SEARCH, { input });
  expect(result.errors).toBeUndefined();
  return result.data!.search;
};

/** Against the seeded Banyuwangi catalogue, through the gateway (read only). */
describe('search over the seeded catalogue', () => {
  it('finds Batik Gajah Oling from "batk gajah olin", and the coffee from "kopi osing"', async () => {
    expect((await search({ text: 'batk gajah olin' })).nodes[0]?.title).toMatch(/Gajah Oling/);
    const coffee = await search({ text: 'kopi osing' });
    expect(coffee.nodes[0]?.title).toMatch(/Kopi Osing/);
    expect(coffee.nodes[0]?.seller?.name).toBeTruthy();
  });

  it('filters by technique and counts facets', async () => {
    const tulis = await search({ categorySlug: 'batik', technique: 'tulis', first: 50 });
    expect(tulis.totalCount).toBeGreaterThan(0);
    const batik = await search({ categorySlug: 'batik' });
    expect(tulis.totalCount).toBeLessThan(batik.totalCount);
    const all = await search({});
    expect(all.facets.category.map((c) => c.value)).toContain('batik');
    expect(all.facets.technique.map((t) => t.value)).toEqual(expect.arrayContaining(['tulis', 'cap']));
  });
});
