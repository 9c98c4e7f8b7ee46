import { startSubgraphForTest, type SubgraphUnderTest } from '@kampung/devtools';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { subgraph } from '../index.js';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';

let accounts: SubgraphUnderTest<never>;

beforeAll(async () => {
  accounts = (await startSubgraphForTest(subgraph, inject('databaseUrl'))) as never;
});
afterAll(() => accounts?.close());

async function signInFrom(address: string, email: string, password: string): Promise<string | undefined> {
  const response = await fetch(accounts.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-client-ip': address },
    body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code;
}

describe('sign-in throttle in PostgreSQL', () => {
  it('lets no more than five guesses of a parallel burst reach the password check', async () => {
    await accounts.request('mutation($input: SignUpInput!) { signUp(input: $input) { token } }', {
      input: { name: 'Serbu', email: 'serbu@example.id', password: 'benar-sekali-1' },
    });
    const codes = await Promise.all(
      Array.from({ length: 12 }, (_, i) => signInFrom(`192.0.2.${i + 1}`, 'serbu@example.id', `tebakan-${i}`)),
    );
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(7);
  });

  it("counts an IPv6 subscriber's whole /64 as one address", async () => {
    for (let i = 0; i < 20; i++)
      expect(await signInFrom(`2001:db8:1:2::${(i + 1).toString(16)}`, `orang-${i}@example.id`, 'tebakan')).toBe(
        'UNAUTHENTICATED',
      );
    expect(await signInFrom('2001:db8:1:2:ffff::1', 'lain@example.id', 'tebakan')).toBe('TOO_MANY_REQUESTS');
    expect(await signInFrom('2001:db8:1:3::1', 'lain@example.id', 'tebakan')).toBe('UNAUTHENTICATED');
  });
});
