import { createHmac } from 'node:crypto';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { callApi, signUpFresh } from './support/client.js';
import { graphql } from './support/graphql.js';

const SIGN_IN = graphql('mutation($input: SignInInput!) { signIn(input: $input) { token user { id name } } }');

describe('accounts through the gateway', () => {
  it('signs up, signs in with the same password, and knows who is asking', async () => {
    const account = await signUpFresh('auth');
    const signIn = await callApi(SIGN_IN, {
      input: { email: account.email, password: 'rahasia-uji-123' },
    });
    expect(signIn.data?.signIn.user.id).toBe(account.id);
    const me = await callApi(graphql('{ me { id email roles } }'), {}, { token: signIn.data!.signIn.token });
    expect(me.data?.me).toEqual({ id: account.id, email: account.email, roles: ['BUYER'] });
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const account = await signUpFresh('auth');
    const wrong = await callApi(SIGN_IN, { input: { email: account.email, password: 'bukan-ini-sandinya' } });
    const unknown = await callApi(SIGN_IN, {
      input: { email: `nobody-${Date.now()}@kampung.test`, password: 'bukan-ini-sandinya' },
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
  });

  it('rejects a forged token at the gateway with 401', async () => {
    const result = await callApi(
      graphql('{ me { id } }'),
      {},
      { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwicm9sZXMiOlsiQURNSU4iXX0.forged' },
    );
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows no email of another user', async () => {
    const result = await callApi(graphql('{ seller(slug: "batik-sekar-sembulung") { owner { name email } } }'));
    expect(result.data?.seller!.owner!.name.length).toBeGreaterThan(0);
    expect(result.data?.seller!.owner!.email).toBeNull();
  });
});

/** The storefront's cookie session, read and written as Remix does (base64 JSON, HMAC-SHA256 signature). */
const SESSION_SECRET = `session-${path.basename(path.dirname(inject('system').pgLogFile))}`; // as test/support/isolated-system.ts makes it
type StorefrontSession = {
  accessToken: string;
  accessTokenExpiresAt: number;
  refreshToken: string;
  user: { id: string; name: string; roles: string[] };
};

function sessionCookieOf(response: Response): string | undefined {
  return response.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith('__session='))
    ?.split(';')[0];
}

function readSessionCookie(cookie: string): StorefrontSession {
  const value = decodeURIComponent(cookie.slice('__session='.length));
  return JSON.parse(
    Buffer.from(value.slice(0, value.lastIndexOf('.')), 'base64').toString('utf8'),
  ) as StorefrontSession;
}

function writeSessionCookie(session: StorefrontSession): string {
  const value = Buffer.from(JSON.stringify(session), 'utf8').toString('base64');
  const signature = createHmac('sha256', SESSION_SECRET).update(value).digest('base64').replace(/=+$/, '');
  return `__session=${encodeURIComponent(`${value}.${signature}`)}`;
}

async function storefrontSignIn(email: string, password: string): Promise<string> {
  const { storefrontUrl } = inject('system');
  const response = await fetch(`${storefrontUrl}/masuk`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: storefrontUrl, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password, redirectTo: '/' }),
  });
  expect(response.status).toBe(302);
  const cookie = sessionCookieOf(response);
  expect(cookie).toBeTruthy();
  return cookie!;
}

describe('the storefront session', () => {
  it('keeps the access token, its expiry and the refresh token in an HttpOnly, SameSite=Lax cookie', async () => {
    const account = await signUpFresh('toko');
    const { storefrontUrl } = inject('system');
    const response = await fetch(`${storefrontUrl}/masuk`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: storefrontUrl, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: account.email, password: 'rahasia-uji-123' }),
    });
    const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith('__session='))!;
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
    const session = readSessionCookie(header.split(';')[0]!);
    expect(session.user.id).toBe(account.id);
    expect(session.accessTokenExpiresAt).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(session.refreshToken.length).toBeGreaterThan(40);
  });

  it('renews an expiring access token once for concurrent requests, and writes the new cookie', async () => {
    const account = await signUpFresh('toko');
    const { storefrontUrl } = inject('system');
    const signedIn = readSessionCookie(await storefrontSignIn(account.email, 'rahasia-uji-123'));
    const expiring = writeSessionCookie({ ...signedIn, accessTokenExpiresAt: Date.now() + 5_000 });

    const responses = await Promise.all(
      [0, 1, 2].map(() => fetch(`${storefrontUrl}/akun`, { headers: { cookie: expiring }, redirect: 'manual' })),
    );
    for (const response of responses) expect(response.status).toBe(200);
    const renewed = responses.map((response) => readSessionCookie(sessionCookieOf(response)!));
    expect(new Set(renewed.map((session) => session.refreshToken)).size).toBe(1);
    expect(renewed[0]!.refreshToken).not.toBe(signedIn.refreshToken);
    expect(renewed[0]!.accessTokenExpiresAt).toBeGreaterThan(Date.now() + 14 * 60_000);
    // Sharing one renewal means no refresh token was used twice: the session is still live.
    const me = await callApi(graphql('{ me { id } }'), {}, { token: renewed[0]!.accessToken });
    expect(me.data?.me!.id).toBe(account.id);
  });

  it('signs out at the API before forgetting the cookie: the old tokens stop working', async () => {
    const account = await signUpFresh('toko');
    const { storefrontUrl } = inject('system');
    const cookie = await storefrontSignIn(account.email, 'rahasia-uji-123');
    const session = readSessionCookie(cookie);
    const response = await fetch(`${storefrontUrl}/keluar`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, origin: storefrontUrl },
    });
    expect(response.status).toBe(302);
    expect(response.headers.getSetCookie().find((c) => c.startsWith('__session='))).toMatch(
      /Max-Age=0|Expires=Thu, 01 Jan 1970/i,
    );
    const me = await callApi(graphql('{ me { id } }'), {}, { token: session.accessToken });
    expect(me.status).toBe(401);
    const refresh = await callApi(graphql('mutation($r: String!) { refreshSession(refreshToken: $r) { token } }'), {
      r: session.refreshToken,
    });
    expect(refresh.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
