import { ApolloServer } from '@apollo/server';
import { buildSchema, parse } from 'graphql';
import { assert, describe, expect, it } from 'vitest';
import { findInvalidText, findInvalidTextInOperation, hasInvalidCharacter, invalidTextPlugin } from './invalid-text.js';

// Built from code units, as JSON.parse builds them from "\ud800" in a request body.
const HIGH = String.fromCharCode(0xd800);
const LOW = String.fromCharCode(0xdc00);

describe('hasInvalidCharacter', () => {
  it('refuses a lone high surrogate, a lone low one, a reversed pair and NUL, wherever they are', () => {
    for (const text of [HIGH, `Jl. Raya${HIGH}`, `${HIGH}x`, LOW, `a${LOW}b`, `${LOW}${HIGH}`, '\u0000', 'a\u0000b'])
      expect(hasInvalidCharacter(text), JSON.stringify(text)).toBe(true);
  });

  it('accepts a valid surrogate pair (an emoji), Indonesian text and other control-free text', () => {
    for (const text of [
      '',
      'Kemiren 😀',
      '😀😀',
      `${HIGH}${LOW}`,
      'Jl. Raya Kemiren No. 5',
      'tab\tand\nnewline',
      '\u{10FFFF}',
    ])
      expect(hasInvalidCharacter(text), JSON.stringify(text)).toBe(false);
  });
});

describe('findInvalidText', () => {
  it('names the dotted path of the first bad string in nested objects and lists', () => {
    expect(findInvalidText({ address: { street: `x${HIGH}` } }, 'input')).toBe('input.address.street');
    expect(findInvalidText({ answers: { nama: `Siti${LOW}` } }, 'input')).toBe('input.answers.nama');
    expect(
      findInvalidText(
        [
          { key: 'nik', value: 'ok' },
          { key: 'nama', value: 'a\u0000' },
        ],
        'answers',
      ),
    ).toBe('answers.1.value');
    expect(findInvalidText({ variants: [{ options: [{ name: 'warna', value: [['ok', HIGH]] }] }] })).toBe(
      'variants.0.options.0.value.0.1',
    );
  });

  it('refuses a bad key of a JSON object too', () => {
    expect(findInvalidText({ attributes: { [`motif${HIGH}`]: 'gajah oling' } }, 'input')).toBe(
      `input.attributes.motif${HIGH}`,
    );
  });

  it('passes clean values, numbers, booleans and null', () => {
    expect(findInvalidText({ a: ['😀', 1, true, null, { b: 'Banyuwangi' }] }, 'input')).toBeNull();
    expect(findInvalidText(undefined, 'input')).toBeNull();
  });
});

describe('findInvalidTextInOperation', () => {
  it('names the argument path through a variable used inside an inline object', () => {
    const document = parse(
      'mutation($street: String!) { checkout(input: { shippingAddress: { street: $street } }) { id } }',
    );
    expect(findInvalidTextInOperation(document, { street: `Jl${HIGH}` })).toBe('input.shippingAddress.street');
  });

  it('reads whole input objects from variables, with their argument name', () => {
    const document = parse('mutation($i: ServiceInput!) { createService(input: $i, slug: "x") { id } }');
    expect(findInvalidTextInOperation(document, { i: { formFields: [{ key: 'nik', label: `NIK${LOW}` }] } })).toBe(
      'input.formFields.0.label',
    );
  });

  it('refuses inline literals (NUL written as an escape), in fields, fragments and directives alike', () => {
    expect(findInvalidTextInOperation(parse('{ product(slug: "batik\\u0000") { id } }'))).toBe('slug');
    expect(
      findInvalidTextInOperation(
        parse('{ ...F } fragment F on Query { search(filter: { tags: ["ok", "a\\u0000"] }) { id } }'),
      ),
    ).toBe('filter.tags.1');
    expect(findInvalidTextInOperation(parse('{ a @tag(name: "\\u0000") }'))).toBe('name');
    expect(findInvalidTextInOperation(parse('query($s: String = "\\u0000") { product(slug: $s) { id } }'))).toBe('s');
  });

  it('checks a variable the operation does not use by its own name, and passes clean operations', () => {
    expect(findInvalidTextInOperation(parse('{ categories { slug } }'), { extra: { x: HIGH } })).toBe('extra.x');
    expect(
      findInvalidTextInOperation(parse('query($s: String!) { product(slug: $s) { id } }'), { s: 'kopi 😀' }),
    ).toBeNull();
  });
});

describe('invalidTextPlugin', () => {
  const schema = buildSchema(`
    scalar JSON
    input AddressInput { street: String! }
    type Query { ok: Boolean }
    type Mutation { save(address: AddressInput!, extra: JSON): Boolean }
  `);
  let saved = 0;
  const rootValue = { save: () => ((saved += 1), true) };

  it('refuses before any resolver runs, as BAD_USER_INPUT naming the field in both languages', async () => {
    const server = new ApolloServer({ schema, rootValue, plugins: [invalidTextPlugin()] });
    await server.start();
    const SAVE = 'mutation($a: AddressInput!, $e: JSON) { save(address: $a, extra: $e) }';
    const refused = await server.executeOperation({
      query: SAVE,
      variables: { a: { street: 'Jl' }, e: { tag: [HIGH] } },
    });
    expect(refused.http.status).toBe(400);
    assert(refused.body.kind === 'single');
    const [error] = refused.body.singleResult.errors ?? [];
    expect(error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageId: 'Teks berisi karakter yang tidak valid',
      messageEn: 'Text contains an invalid character',
      fields: [{ field: 'extra.tag.0' }],
    });
    expect(error?.extensions?.http).toBeUndefined();
    const inline = await server.executeOperation({ query: 'mutation { save(address: { street: "a\\u0000" }) }' });
    assert(inline.body.kind === 'single');
    expect(inline.body.singleResult.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'address.street' }),
    ]);
    expect(saved).toBe(0);
    const fine = await server.executeOperation({ query: SAVE, variables: { a: { street: 'Jl 😀' } } });
    assert(fine.body.kind === 'single');
    expect(fine.body.singleResult.data).toEqual({ save: true });
    expect(saved).toBe(1);
    await server.stop();
  });

  it('answers with the status it is given (a subgraph: 200, so the gateway passes the error on)', async () => {
    const server = new ApolloServer({ schema, rootValue, plugins: [invalidTextPlugin({ status: 200 })] });
    await server.start();
    const refused = await server.executeOperation({
      query: 'mutation($a: AddressInput!) { save(address: $a) }',
      variables: { a: { street: LOW } },
    });
    expect(refused.http.status).toBe(200);
    assert(refused.body.kind === 'single');
    expect(refused.body.singleResult.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await server.stop();
  });
});
