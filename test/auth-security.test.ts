import { signUserToken } from '@kampung/shared';
import { describe, expect, inject, it } from 'vitest';
import { callApi, signUpFresh, type GraphqlResponse } from './support/client.js';
import { graphql } from './support/graphql.js';
import { countStatements } from './support/sql-log.js';

const SIGN_IN = graphql(
  'mutation($input: SignInInput!) { signIn(input: $input) { token expiresAt refreshToken user { id } } }',
);
const REFRESH = graphql(
  'mutation($r: String!) { refreshSession(refreshToken: $r) { token refreshToken user { id } } }',
);
const ME = graphql('{ me { id } }');
const PASSWORD = 'rahasia-uji-123';

type Issued = { token: string; expiresAt: string; refreshToken: string; user: { id: string } };

/** Addresses from the documentation ranges, unique per run, so no other test (nor a rerun) shares a counter. */
let hosts = Math.floor(Math.random() * 200);
const freshAddress = () => `198.51.${100 + (hosts % 100)}.${(++hosts % 250) + 1}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function signInFrom(address: string, email: string, password: string) {
  return callApi(SIGN_IN, { input: { email, password } }, { headers: { 'x-forwarded-for': address } });
}

const codeOf = (result: GraphqlResponse<unknown>) => result.errors?.[0]?.extensions?.code;

async function signedIn(): Promise<Issued & { email: string }> {
  const account = await signUpFresh('sesi');
  const result = await signInFrom(freshAddress(), account.email, PASSWORD);
  return { ...result.data!.signIn, email: account.email };
}

const sessionIdOf = (token: string) =>
  (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sid: string }).sid;

describe('sign-in throttling', () => {
  it('locks an account after five failures for 1 s, then 2 s, whatever the address, refusing even the right password', async () => {
    const { email } = await signUpFresh('kunci');
    const address = freshAddress();
    for (let i = 0; i < 5; i++) expect(codeOf(await signInFrom(address, email, 'salah-sandi'))).toBe('UNAUTHENTICATED');

    const refused = await signInFrom(freshAddress(), email, PASSWORD);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: 1,
      messageId: 'Terlalu banyak percobaan, coba lagi nanti',
      messageEn: 'Too many attempts, please try again later',
    });
    expect(refused.errors?.[0]?.message).toBe(
      'Terlalu banyak percobaan, coba lagi nanti / Too many attempts, please try again later',
    );
    expect(JSON.stringify(refused.errors)).not.toMatch(/stack|at .*\.ts/);

    await sleep(1_100);
    expect(codeOf(await signInFrom(address, email, 'salah-lagi'))).toBe('UNAUTHENTICATED');
    expect((await signInFrom(address, email, PASSWORD)).errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: 2,
    });

    await sleep(2_100);
    const success = await signInFrom(address, email, PASSWORD);
    expect(success.data?.signIn.token).toBeTruthy();
    // Success starts the account over: five more tries before any lock.
    for (let i = 0; i < 4; i++) expect(codeOf(await signInFrom(address, email, 'salah-sandi'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await signInFrom(address, email, PASSWORD))).toBeUndefined();
  });

  it('locks an address after twenty failures across many emails, reading X-Forwarded-For from the right', async () => {
    const address = freshAddress();
    const victim = await signUpFresh('alamat');
    for (let i = 0; i < 20; i++) {
      // Whatever the client wrote on the left of the chain is not believed: the gateway's nearest untrusted hop counts.
      const chain = `10.${i}.0.1, ${address}`;
      const result = await signInFrom(chain, `tidak-ada-${Date.now()}-${i}@kampung.test`, 'tebak-tebakan');
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
    }
    const fromThere = await signInFrom(address, victim.email, PASSWORD);
    expect(fromThere.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 1 });
    // The account itself is not locked: its owner elsewhere signs in.
    expect((await signInFrom(freshAddress(), victim.email, PASSWORD)).data?.signIn.user.id).toBe(victim.id);
  });

  it('gives an unknown email and a wrong password the same answer in about the same time', async () => {
    const wrongTimes: number[] = [];
    const unknownTimes: number[] = [];
    let wrong: GraphqlResponse<unknown> | undefined;
    let unknown: GraphqlResponse<unknown> | undefined;
    for (let i = 0; i < 5; i++) {
      const account = await signUpFresh('waktu');
      let started = performance.now();
      wrong = await signInFrom(freshAddress(), account.email, 'bukan-ini-sandinya');
      wrongTimes.push(performance.now() - started);
      started = performance.now();
      unknown = await signInFrom(freshAddress(), `tak-dikenal-${Date.now()}-${i}@kampung.test`, 'bukan-ini-sandinya');
      unknownTimes.push(performance.now() - started);
    }
    expect(codeOf(wrong!)).toBe('UNAUTHENTICATED');
    expect(unknown!.errors).toEqual(wrong!.errors);
    expect(unknown!.status).toBe(wrong!.status);
    const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    // Without the dummy hash an unknown email answers in a few milliseconds, against tens for argon2id.
    expect(median(unknownTimes)).toBeGreaterThan(median(wrongTimes) * 0.6);
    expect(median(unknownTimes)).toBeLessThan(median(wrongTimes) * 1.7);
  });
});

describe('access tokens', () => {
  it('refuses an expired access token and an old-style token with no session, with 401', async () => {
    const session = await signedIn();
    const { jwtSecret } = inject('system');
    const config = { secret: jwtSecret, issuer: 'smart-kampung-accounts' };
    const expired = await signUserToken(
      { userId: session.user.id, roles: ['BUYER'], sessionId: sessionIdOf(session.token) },
      { ...config, expiresIn: new Date(Date.now() - 60_000) },
    );
    const refused = await callApi(ME, {}, { token: expired });
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      messageEn: 'Your session has expired, please sign in again',
    });

    const sevenDays = await signUserToken(
      { userId: session.user.id, roles: ['BUYER'] },
      { ...config, expiresIn: '7d' },
    );
    expect(codeOf(await callApi(ME, {}, { token: sevenDays }))).toBe('UNAUTHENTICATED');
  });

  it('issues 15-minute access tokens', async () => {
    const session = await signedIn();
    const lifetime = new Date(session.expiresAt).getTime() - Date.now();
    expect(lifetime).toBeGreaterThan(14 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(15 * 60_000);
    const claims = JSON.parse(Buffer.from(session.token.split('.')[1]!, 'base64url').toString()) as {
      exp: number;
      iat: number;
    };
    expect(claims.exp - claims.iat).toBe(900);
  });
});

describe('refresh and sign-out', () => {
  it('rotates the refresh token; presenting the old one again revokes the whole session', async () => {
    const session = await signedIn();
    const rotated = await callApi(REFRESH, { r: session.refreshToken });
    expect(rotated.errors).toBeUndefined();
    const next = rotated.data!.refreshSession;
    expect(next.refreshToken).not.toBe(session.refreshToken);
    expect(sessionIdOf(next.token)).toBe(sessionIdOf(session.token));

    const replay = await callApi(REFRESH, { r: session.refreshToken });
    expect(codeOf(replay)).toBe('UNAUTHENTICATED');
    // The newest tokens die with the session: the refresh token at once, the access token at its first use.
    expect(codeOf(await callApi(REFRESH, { r: next.refreshToken }))).toBe('UNAUTHENTICATED');
    const me = await callApi(ME, {}, { token: next.token });
    expect(me.status).toBe(401);
    expect(codeOf(me)).toBe('UNAUTHENTICATED');
  });

  it('refuses, within the documented 10 s, an access token the gateway had already seen live before theft detection revoked it', async () => {
    const session = await signedIn();
    const next = (await callApi(REFRESH, { r: session.refreshToken })).data!.refreshSession;
    expect((await callApi(ME, {}, { token: next.token })).data?.me!.id).toBe(session.user.id);
    await callApi(REFRESH, { r: session.refreshToken });
    const started = Date.now();
    let code: unknown;
    while (Date.now() - started < 12_000) {
      code = codeOf(await callApi(ME, {}, { token: next.token }));
      if (code === 'UNAUTHENTICATED') break;
      await sleep(250);
    }
    expect(code).toBe('UNAUTHENTICATED');
    expect(Date.now() - started).toBeLessThan(11_000);
  });

  it('signOut makes the access token and the refresh token fail immediately', async () => {
    const session = await signedIn();
    // Seen live first, so the gateway has it cached.
    expect((await callApi(ME, {}, { token: session.token })).data?.me!.id).toBe(session.user.id);
    const out = await callApi(graphql('mutation { signOut }'), {}, { token: session.token });
    expect(out.data?.signOut).toBe(true);

    const me = await callApi(ME, {}, { token: session.token });
    expect(me.status).toBe(401);
    expect(me.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      messageEn: 'Your session has ended, please sign in again',
    });
    expect(codeOf(await callApi(REFRESH, { r: session.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('signOutEverywhere ends the other sessions of the user too, at once', async () => {
    const first = await signedIn();
    const second = (await signInFrom(freshAddress(), first.email, PASSWORD)).data!.signIn;
    for (const token of [first.token, second.token]) expect(codeOf(await callApi(ME, {}, { token }))).toBeUndefined();
    const out = await callApi(graphql('mutation { signOutEverywhere }'), {}, { token: first.token });
    // Sign-up's own session, and the two sign-ins.
    expect(out.data?.signOutEverywhere).toBe(3);
    for (const token of [first.token, second.token])
      expect(codeOf(await callApi(ME, {}, { token }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await callApi(REFRESH, { r: second.refreshToken }))).toBe('UNAUTHENTICATED');
  });
});

describe('what the session check costs', () => {
  it('asks accounts nothing for anonymous requests, and once per session within the cache time', async () => {
    const session = await signedIn();
    const statements = await countStatements(async () => {
      await callApi(graphql('{ seller(slug: "batik-sekar-sembulung") { name } }'));
      await callApi(ME, {}, { token: session.token });
      await callApi(ME, {}, { token: session.token });
      await callApi(ME, {}, { token: session.token });
    });
    const sessionLookups = (statements.get('accounts') ?? []).filter((sql) => sql.includes('"accounts"."sessions"'));
    expect(sessionLookups).toHaveLength(1);
  });
});
