import { signServiceToken, signUserToken } from '@kampung/shared';
import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { subgraph } from '../index.js';

const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { token expiresAt refreshToken user { id } } }';
const REFRESH = 'mutation($r: String!) { refreshSession(refreshToken: $r) { token refreshToken user { id roles } } }';
const ACTIVE = 'query($ids: [ID!]!) { internalActiveSessions(ids: $ids) }';
const jwt = { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' };

type Issued = { token: string; expiresAt: string; refreshToken: string; user: { id: string } };

let accounts: SubgraphUnderTest<never>;
let counter = 0;

beforeAll(async () => {
  accounts = (await startSubgraphForTest(subgraph, inject('databaseUrl'))) as never;
});
afterAll(() => accounts?.close());

async function signUp(): Promise<Issued> {
  const result = await accounts.request<{ signUp: Issued }>(SIGN_UP, {
    input: { name: 'Sesi Uji', email: `sesi-${++counter}@example.id`, password: 'rahasia-sesi-1' },
  });
  return result.data!.signUp;
}

const sessionIdOf = (token: string) =>
  (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sid: string }).sid;

async function activeSessions(ids: string[]): Promise<string[]> {
  const result = await accounts.request<{ internalActiveSessions: string[] }>(
    ACTIVE,
    { ids },
    await signServiceToken('gateway', jwt),
  );
  return result.data!.internalActiveSessions;
}

describe('sessions', () => {
  it('issues a 15-minute access token carrying its session, and a 256-bit refresh token', async () => {
    const issued = await signUp();
    const lifetime = new Date(issued.expiresAt).getTime() - Date.now();
    expect(lifetime).toBeGreaterThan(14 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(15 * 60_000);
    expect(Buffer.from(issued.refreshToken, 'base64url')).toHaveLength(32);
    expect(await activeSessions([sessionIdOf(issued.token)])).toEqual([sessionIdOf(issued.token)]);
  });

  it('rotates the refresh token in the same session, and revokes the session when an old one comes back', async () => {
    const issued = await signUp();
    const first = await accounts.request<{ refreshSession: Issued }>(REFRESH, { r: issued.refreshToken });
    expect(first.errors).toBeUndefined();
    const rotated = first.data!.refreshSession;
    expect(rotated.refreshToken).not.toBe(issued.refreshToken);
    expect(sessionIdOf(rotated.token)).toBe(sessionIdOf(issued.token));

    const replay = await accounts.request(REFRESH, { r: issued.refreshToken });
    expect(replay.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The thief's replay also locks out whoever holds the newest token.
    const victim = await accounts.request(REFRESH, { r: rotated.refreshToken });
    expect(victim.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await activeSessions([sessionIdOf(issued.token)])).toEqual([]);
  });

  it('refuses a made-up refresh token without touching any session', async () => {
    const issued = await signUp();
    const madeUp = await accounts.request(REFRESH, { r: 'bm90LWEtcmVhbC10b2tlbg' });
    expect(madeUp.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      messageEn: 'Your session has ended, please sign in again',
    });
    expect(await activeSessions([sessionIdOf(issued.token)])).toHaveLength(1);
  });

  it('signs out one session, or every session of the user', async () => {
    const issued = await signUp();
    const second = (await accounts.request<{ refreshSession: Issued }>(REFRESH, { r: issued.refreshToken })).data!
      .refreshSession;
    const out = await accounts.request<{ signOut: boolean }>('mutation { signOut }', {}, second.token);
    expect(out.data?.signOut).toBe(true);
    expect((await accounts.request(REFRESH, { r: second.refreshToken })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );

    const a = await signUp();
    const b = (
      await accounts.request<{ signIn: Issued }>(
        'mutation($input: SignInInput!) { signIn(input: $input) { token refreshToken user { id } } }',
        {
          input: { email: `sesi-${counter}@example.id`, password: 'rahasia-sesi-1' },
        },
      )
    ).data!.signIn;
    const everywhere = await accounts.request<{ signOutEverywhere: number }>(
      'mutation { signOutEverywhere }',
      {},
      a.token,
    );
    expect(everywhere.data?.signOutEverywhere).toBe(2);
    expect(await activeSessions([sessionIdOf(a.token), sessionIdOf(b.token)])).toEqual([]);
  });

  it('answers which sessions are live only to a service token', async () => {
    const issued = await signUp();
    const asUser = await accounts.request(ACTIVE, { ids: [sessionIdOf(issued.token)] }, issued.token);
    expect(asUser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stateless = await signUserToken({ userId: issued.user.id, roles: ['BUYER'] }, jwt);
    expect((await accounts.request<{ signOut: boolean }>('mutation { signOut }', {}, stateless)).data?.signOut).toBe(
      false,
    );
  });
});
