import { CombinedError } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { isPartialAnswer } from './graphql.server';

type ErrorShape = { message: string; extensions: { code: string } };
const unavailable = (): ErrorShape => ({
  message: 'Layanan sedang tidak tersedia / Service unavailable',
  extensions: { code: 'SERVICE_UNAVAILABLE' },
});
const errors = (...graphQLErrors: ErrorShape[]) => new CombinedError({ graphQLErrors });

describe('a partial answer (decision 033)', () => {
  it('keeps data whose root fields all came back, a part below them missing', () => {
    const data = { products: { edges: [{ node: { title: 'Batik', seller: null } }] } };
    expect(isPartialAnswer(data, errors(unavailable()))).toBe(true);
  });

  it('is an error when a root field is null: the page’s own subject may be gone', () => {
    expect(isPartialAnswer({ product: null }, errors(unavailable()))).toBe(false);
    expect(isPartialAnswer({ seller: { name: 'Toko' }, product: null }, errors(unavailable()))).toBe(false);
    expect(isPartialAnswer(undefined, errors(unavailable()))).toBe(false);
  });

  it('is an error when any error is something else than an unreachable subgraph', () => {
    const forbidden = { message: 'Dilarang / Forbidden', extensions: { code: 'FORBIDDEN' } };
    expect(isPartialAnswer({ me: { orders: null } }, errors(unavailable(), forbidden))).toBe(false);
    expect(isPartialAnswer({ me: { orders: null } }, new CombinedError({ networkError: new Error('down') }))).toBe(
      false,
    );
  });
});
