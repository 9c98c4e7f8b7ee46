import { describe, expect, it } from 'vitest';
import { gql, signUpFresh } from './support/client.js';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token user { id name } } }';

describe('accounts through the gateway', () => {
  it('signs up, signs in with the same password, and knows who is asking', async () => {
    const account = await signUpFresh('auth');
    const signIn = await gql<{ signIn: { token: string; user: { id: string } } }>(SIGN_IN, {
      input: { email: account.email, password: 'rahasia-uji-123' },
    });
    expect(signIn.data?.signIn.user.id).toBe(account.id);
    const me = await gql<{ me: { id: string; email: string; roles: string[] } }>('{ me { id email roles } }', {}, { token: signIn.data!.signIn.token });
    expect(me.data?.me).toEqual({ id: account.id, email: account.email, roles: ['BUYER'] });
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const account = await signUpFresh('auth');
    const wrong = await gql(SIGN_IN, { input: { email: account.email, password: 'bukan-ini-sandinya' } });
    const unknown = await gql(SIGN_IN, { input: { email: `nobody-${Date.now()}@kampung.test`, password: 'bukan-ini-sandinya' } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
  });

  it('rejects a forged token at the gateway with 401', async () => {
    const result = await gql('{ me { id } }', {}, { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwicm9sZXMiOlsiQURNSU4iXX0.forged' });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows no email of another user', async () => {
    const result = await gql<{ seller: { owner: { name: string; email: string | null } } }>('{ seller(slug: "batik-sekar-sembulung") { owner { name email } } }');
    expect(result.data?.seller.owner.name.length).toBeGreaterThan(0);
    expect(result.data?.seller.owner.email).toBeNull();
  });
});
