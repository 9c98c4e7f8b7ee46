import { startSubgraphForTest, type SubgraphUnderTest } from '@kampung/devtools';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { subgraph } from '../index.js';

const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { token user { id email phone roles } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token user { id } } }';

let accounts: SubgraphUnderTest<never>;

beforeAll(async () => {
  accounts = (await startSubgraphForTest(subgraph, inject('databaseUrl'))) as never;
});
afterAll(() => accounts?.close());

describe('sign-up and sign-in', () => {
  it('signs up a buyer, normalises email and phone, and signs in with the same password', async () => {
    const up = await accounts.request<{
      signUp: { token: string; user: { id: string; email: string; phone: string; roles: string[] } };
    }>(SIGN_UP, {
      input: { name: 'Siti Aminah', email: '  Siti@Example.ID ', password: 'kopi-osing-1', phone: '0812-3456-7890' },
    });
    expect(up.errors).toBeUndefined();
    expect(up.data?.signUp.user).toMatchObject({ email: 'siti@example.id', phone: '+6281234567890', roles: ['BUYER'] });

    const signIn = await accounts.request<{ signIn: { user: { id: string } } }>(SIGN_IN, {
      input: { email: 'siti@example.id', password: 'kopi-osing-1' },
    });
    expect(signIn.data?.signIn.user.id).toBe(up.data?.signUp.user.id);
  });

  it('answers the same for an unknown email and a wrong password', async () => {
    await accounts.request(SIGN_UP, { input: { name: 'Budi', email: 'budi@example.id', password: 'benar-sekali' } });
    const wrong = await accounts.request(SIGN_IN, { input: { email: 'budi@example.id', password: 'salah-sekali' } });
    const unknown = await accounts.request(SIGN_IN, {
      input: { email: 'nobody@example.id', password: 'salah-sekali' },
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('refuses a second account with the same email, naming the field', async () => {
    const input = { name: 'Dewi', email: 'dewi@example.id', password: 'batik-gajah' };
    await accounts.request(SIGN_UP, { input });
    const again = await accounts.request(SIGN_UP, { input: { ...input, email: 'DEWI@example.id' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'email' }] });
  });

  it('lists every invalid field with Indonesian and English messages', async () => {
    const bad = await accounts.request(SIGN_UP, {
      input: { name: 'A', email: 'not-an-email', password: 'short', phone: '12345' },
    });
    const extensions = bad.errors?.[0]?.extensions as {
      code: string;
      fields: { field: string; message: string; messageEn: string }[];
    };
    expect(extensions.code).toBe('BAD_USER_INPUT');
    expect(extensions.fields.map((f) => f.field).sort()).toEqual(['email', 'name', 'password', 'phone']);
    expect(extensions.fields.find((f) => f.field === 'password')).toMatchObject({
      message: 'Kata sandi minimal 8 karakter',
      messageEn: 'Password needs at least 8 characters',
    });
  });
});

describe('me and private fields', () => {
  it('shows a user their own email, and nothing to an anonymous caller', async () => {
    const up = await accounts.request<{ signUp: { token: string } }>(SIGN_UP, {
      input: { name: 'Rina', email: 'rina@example.id', password: 'manggis-manis' },
    });
    const token = up.data!.signUp.token;
    const me = await accounts.request<{ me: { email: string } }>('{ me { email } }', {}, token);
    expect(me.data?.me.email).toBe('rina@example.id');
    const anonymous = await accounts.request<{ me: null }>('{ me { email } }');
    expect(anonymous.data?.me).toBeNull();
  });

  it('rejects a forged token as UNAUTHENTICATED with HTTP 401', async () => {
    const response = await fetch(accounts.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.invalid',
      },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('lets only a service token grant a role', async () => {
    const up = await accounts.request<{ signUp: { token: string; user: { id: string } } }>(SIGN_UP, {
      input: { name: 'Agus', email: 'agus@example.id', password: 'durian-merah' },
    });
    const grant = 'mutation($id: ID!) { internalGrantRole(userId: $id, role: SELLER) { roles } }';
    const asUser = await accounts.request(grant, { id: up.data!.signUp.user.id }, up.data!.signUp.token);
    expect(asUser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
