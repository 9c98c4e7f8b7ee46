/**
 * Gateway replicas share what they must through PostgreSQL (decision 036), on a system of its own
 * with two gateways on one database — and a third that keeps everything in its own memory, to
 * show what the sharing changes. Sessions and cached answers are believed for a minute here, so
 * only the sharing can explain a replica honouring another's sign-out or invalidation within a
 * second; and a refresh token sent to two replicas at once renews the session once.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { freePort, startProcess, waitForHttp, type ManagedProcess } from '@kampung/devtools';
import { SUBGRAPH_REGISTRY } from '@kampung/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIsolatedSystem, type IsolatedSystem } from './support/isolated-system.js';

const root = path.resolve(import.meta.dirname, '..');
/** Long enough that nothing expires by itself during a test. */
const BELIEVED = { SESSION_CHECK_TTL_MS: '60000', RESPONSE_CACHE_TTL_MS: '60000' };
const WITHIN_MS = 1_000;

let running: IsolatedSystem;
let first: string;
let second: string;
let unshared: string;
const extra: ManagedProcess[] = [];

async function startGateway(name: string, env: NodeJS.ProcessEnv): Promise<string> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    APOLLO_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    GATEWAY_PORT: String(port),
    DATABASE_URL: running.databaseUrl,
    JWT_SECRET: running.jwtSecret,
    ...BELIEVED,
    ...env,
  };
  for (const { name: subgraph, urlVariable } of SUBGRAPH_REGISTRY)
    childEnv[urlVariable] = running.subgraphUrls[subgraph];
  extra.push(
    startProcess({
      name,
      command: process.execPath,
      args: ['--import', 'tsx', 'gateway/src/main.ts'],
      cwd: root,
      env: childEnv,
      onLine: (_name, line) => {
        if (/error|fatal/i.test(line)) console.error(`[${name}] ${line}`);
      },
    }),
  );
  await waitForHttp(`http://127.0.0.1:${port}/health`, 90_000);
  return `http://127.0.0.1:${port}/graphql`;
}

beforeAll(async () => {
  running = await startIsolatedSystem({ name: 'kampung-replicas', storefront: false, env: BELIEVED });
  first = running.gatewayUrl;
  [second, unshared] = await Promise.all([
    startGateway('gateway-2', {}),
    startGateway('gateway-unshared', { SHARED_STATE_STORE: 'memory' }),
  ]);
}, 240_000);

afterAll(async () => {
  await Promise.all(extra.map((child) => child.stop()));
  await running?.stop();
}, 60_000);

interface Answer {
  status: number;
  headers: Headers;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function call(
  url: string,
  query: string,
  variables: unknown = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, ...((await response.json()) as object) };
}

const AUTH = 'token refreshToken expiresAt';
async function signUp() {
  const answer = await call(first, `mutation($input: SignUpInput!) { signUp(input: $input) { ${AUTH} } }`, {
    input: { name: 'Replika Uji', email: `replika-${randomUUID()}@kampung.test`, password: 'rahasia-uji-123' },
  });
  return (answer.data as { signUp: { token: string; refreshToken: string } }).signUp;
}

const ME = '{ me { id } }';
const isSignedIn = (answer: Answer) => Boolean((answer.data?.me as { id?: string } | null)?.id);

/** Polls `check` until it holds; the time it took, or null if not within `ms`. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < ms) {
    if (await check()) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return null;
}

describe('gateway replicas on one database', () => {
  it('a session signed out through one gateway is refused by the other within a second (one that shares nothing still believes it)', async () => {
    const session = await signUp();
    // Both replicas have seen the session live: each believes it for a minute from now on.
    for (const url of [second, unshared]) expect(isSignedIn(await call(url, ME, {}, session.token))).toBe(true);

    const signOut = await call(first, 'mutation { signOut }', {}, session.token);
    expect(signOut.errors).toBeUndefined();

    const took = await within(WITHIN_MS, async () => {
      const answer = await call(second, ME, {}, session.token);
      return answer.status === 401 && answer.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED';
    });
    expect(took, 'the second gateway refused the signed-out session').not.toBeNull();
    console.info(`[replicas] sign-out honoured by the other replica after ${Math.round(took!)} ms`);
    expect(isSignedIn(await call(unshared, ME, {}, session.token))).toBe(true);
  });

  it("a mutation through one gateway empties the other's response cache within a second", async () => {
    const READ = '{ products(first: 1) { edges { node { id } } } }';
    await call(second, READ);
    expect((await call(second, READ)).headers.get('x-cache')).toBe('HIT');
    await call(unshared, READ);
    expect((await call(unshared, READ)).headers.get('x-cache')).toBe('HIT');

    await signUp();

    const took = await within(WITHIN_MS, async () => (await call(second, READ)).headers.get('x-cache') !== 'HIT');
    expect(took, "the second gateway's cache was emptied").not.toBeNull();
    console.info(`[replicas] cache invalidation seen by the other replica after ${Math.round(took!)} ms`);
    expect((await call(unshared, READ)).headers.get('x-cache')).toBe('HIT');
  });

  it('a refresh token the storefront sends to two gateways at once renews the session once: the same tokens for all, and it stays live', async () => {
    const session = await signUp();
    const REFRESH = `mutation Renew($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { ${AUTH} } }`;
    // What storefront/app/server/session.server.ts sends with a renewal.
    const STOREFRONT = { 'x-session-renewal': 'shared' };
    const renewals = await Promise.all(
      [first, second, first, second].map((url) =>
        call(url, REFRESH, { refreshToken: session.refreshToken }, undefined, STOREFRONT),
      ),
    );
    for (const renewal of renewals) expect(renewal.errors).toBeUndefined();
    const tokens = new Set(renewals.map((r) => JSON.stringify(r.data?.refreshSession)));
    expect(tokens.size).toBe(1);
    expect(renewals.filter((r) => r.headers.get('x-session-renewal') === 'repeated')).toHaveLength(3);
    const renewed = renewals[0]!.data!.refreshSession as { token: string; refreshToken: string };
    expect(renewed.refreshToken).not.toBe(session.refreshToken);

    // A late copy of the old cookie, on the other replica: the same answer again, not a revocation.
    const late = await call(second, REFRESH, { refreshToken: session.refreshToken }, undefined, STOREFRONT);
    expect(late.data?.refreshSession).toEqual(renewed);
    expect(isSignedIn(await call(second, ME, {}, renewed.token))).toBe(true);

    // Anyone else presenting the old refresh token again is what theft detection is for: accounts ends the session.
    const reused = await call(first, REFRESH, { refreshToken: session.refreshToken });
    expect(reused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // (The unshared gateway has not been asked about this session yet: it asks accounts.)
    expect(isSignedIn(await call(unshared, ME, {}, renewed.token))).toBe(false);
  });
});
