import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddressOf, SessionGuard, signOutIn, trustedProxyList } from './auth.js';

const trusted = trustedProxyList('127.0.0.0/8,::1,10.0.0.0/8');
const request = (peer: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as IncomingMessage;

describe('the client address', () => {
  it('is the peer itself unless the peer is a trusted proxy', () => {
    expect(clientAddressOf(request('203.0.113.5', '198.51.100.1'), trusted)).toBe('203.0.113.5');
    expect(clientAddressOf(request('::ffff:203.0.113.5'), trusted)).toBe('203.0.113.5');
  });

  it('is the nearest untrusted hop of X-Forwarded-For behind trusted proxies', () => {
    expect(clientAddressOf(request('127.0.0.1', '198.51.100.1'), trusted)).toBe('198.51.100.1');
    expect(clientAddressOf(request('::1', 'spoofed-by-client, 198.51.100.1, 10.1.2.3'), trusted)).toBe('198.51.100.1');
    expect(clientAddressOf(request('::ffff:127.0.0.1', '1.2.3.4, 198.51.100.1'), trusted)).toBe('198.51.100.1');
    expect(clientAddressOf(request('127.0.0.1', '127.0.0.1'), trusted)).toBe('127.0.0.1');
  });

  it('is unknown when a trusted proxy forwards nothing usable', () => {
    expect(clientAddressOf(request('127.0.0.1'), trusted)).toBeNull();
    expect(clientAddressOf(request('127.0.0.1', 'not-an-address'), trusted)).toBeNull();
  });
});

describe('the session guard', () => {
  function guardWith(live: Set<string>) {
    let now = 0;
    const asked: string[][] = [];
    const guard = new SessionGuard(
      async (ids) => {
        asked.push(ids);
        return ids.filter((id) => live.has(id));
      },
      { activeTtlMs: 10_000, maxEntries: 3, now: () => now },
    );
    return { guard, asked, advance: (ms: number) => (now += ms) };
  }

  it('asks once for concurrent checks and believes a live session for the cache time', async () => {
    const live = new Set(['s1']);
    const { guard, asked, advance } = guardWith(live);
    expect(await Promise.all([guard.isActive('s1', 'u1'), guard.isActive('s1', 'u1')])).toEqual([true, true]);
    expect(asked).toEqual([['s1']]);
    live.delete('s1');
    advance(9_999);
    expect(await guard.isActive('s1', 'u1')).toBe(true);
    advance(2);
    expect(await guard.isActive('s1', 'u1')).toBe(false);
    expect(asked).toHaveLength(2);
  });

  it("refuses a session signed out through it at once, and re-checks the user's others after signing out everywhere", async () => {
    const live = new Set(['a', 'b']);
    const { guard, asked } = guardWith(live);
    await guard.isActive('a', 'u1');
    await guard.isActive('b', 'u1');
    guard.signedOut({ userId: 'u1', roles: [], sessionId: 'a' }, false);
    expect(await guard.isActive('a', 'u1')).toBe(false);
    live.clear();
    guard.signedOut({ userId: 'u1', roles: [], sessionId: 'a' }, true);
    expect(await guard.isActive('b', 'u1')).toBe(false);
    expect(asked).toEqual([['a'], ['b'], ['b']]);
  });

  it('announces sign-outs to the other replicas and honours theirs, even against an answer already on its way', async () => {
    const announced: unknown[] = [];
    let answer: (ids: string[]) => void = () => {};
    const guard = new SessionGuard((ids) => new Promise<string[]>((resolve) => (answer = () => resolve(ids))), {
      activeTtlMs: 10_000,
      maxEntries: 10,
      announce: (event) => announced.push(event),
    });
    guard.signedOut({ userId: 'u1', roles: [], sessionId: 'a' }, false);
    expect(announced).toEqual([{ userId: 'u1', sessionId: 'a', everywhere: false }]);

    // Accounts is asked about b; the sign-out from another replica arrives before its "live".
    const pending = guard.isActive('b', 'u2');
    guard.signedOutElsewhere({ userId: 'u2', sessionId: 'b', everywhere: false });
    answer(['b']);
    expect(await pending).toBe(false);
    expect(await guard.isActive('b', 'u2')).toBe(false);
    expect(announced).toHaveLength(1);
  });

  it('believes "live" only once right after a sign-out everywhere (accounts may be revoking still)', async () => {
    const live = new Set(['c']);
    const { guard, asked, advance } = guardWith(live);
    await guard.isActive('c', 'u3');
    guard.signedOutElsewhere({ userId: 'u3', sessionId: null, everywhere: true });
    expect(await guard.isActive('c', 'u3')).toBe(true);
    expect(await guard.isActive('c', 'u3')).toBe(true);
    expect(asked).toEqual([['c'], ['c'], ['c']]);
    advance(3_000);
    await guard.isActive('c', 'u3');
    await guard.isActive('c', 'u3');
    expect(asked).toHaveLength(4);
  });

  it('keeps a known live session when accounts cannot be reached, and refuses to vouch for an unknown one', async () => {
    let reachable = true;
    let now = 0;
    const guard = new SessionGuard(
      async (ids) => {
        if (!reachable) throw new Error('ECONNREFUSED');
        return ids;
      },
      { activeTtlMs: 1_000, maxEntries: 10, now: () => now },
    );
    await guard.isActive('known', 'u1');
    reachable = false;
    now = 5_000;
    expect(await guard.isActive('known', 'u1')).toBe(true);
    await expect(guard.isActive('stranger', 'u2')).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });
});

describe('sign-out operations', () => {
  it('are recognised in the operation the query planner sends to accounts, aliased or not', () => {
    expect(signOutIn('mutation { signOut }')).toBe('one');
    expect(signOutIn('mutation SignOut__accounts__0 { bye: signOut }')).toBe('one');
    expect(signOutIn('mutation { signOutEverywhere }')).toBe('everywhere');
    expect(signOutIn('query { product(slug: "signOut") { id } }')).toBeNull();
    expect(signOutIn('{ me { id } }')).toBeNull();
  });
});
