import { randomBytes } from 'node:crypto';
import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { refreshTokenOf, seal, unseal } from './session-renewals.js';

const operation = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;

describe('which operations are renewals', () => {
  it('finds the token of exactly one refreshSession, from a variable or inline, aliased or not', () => {
    const byVariable = operation('mutation R($t: String!) { refreshSession(refreshToken: $t) { token } }');
    expect(refreshTokenOf(byVariable, { t: 'abc' })).toBe('abc');
    expect(refreshTokenOf(operation('mutation { r: refreshSession(refreshToken: "xyz") { token } }'), {})).toBe('xyz');
  });

  it('leaves everything else alone', () => {
    expect(refreshTokenOf(operation('mutation { signOut }'), {})).toBeNull();
    expect(
      refreshTokenOf(
        operation(
          'mutation { a: refreshSession(refreshToken: "x") { token } b: refreshSession(refreshToken: "y") { token } }',
        ),
        {},
      ),
    ).toBeNull();
    expect(refreshTokenOf(operation('query { refreshSession }'), {})).toBeNull();
    expect(
      refreshTokenOf(operation('mutation($t: String) { refreshSession(refreshToken: $t) { token } }'), {}),
    ).toBeNull();
  });
});

describe('sealed answers', () => {
  it('open with the key of the token that asked, and with no other', () => {
    const key = randomBytes(32);
    const result = { data: { refreshSession: { token: 'new-access', refreshToken: 'new-refresh' } } };
    const sealed = seal(result, key);
    expect(sealed.toString('utf8')).not.toContain('new-refresh');
    expect(unseal(sealed, key)).toEqual(result);
    expect(() => unseal(sealed, randomBytes(32))).toThrow();
  });
});
