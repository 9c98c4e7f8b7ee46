import { randomInt } from 'node:crypto';
import path from 'node:path';
import { freePort, startProcess, waitForHttp, type ManagedProcess } from '@kampung/devtools';
import { SUBGRAPH_REGISTRY } from '@kampung/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { tokenWith } from './support/catalog.js';

const root = path.resolve(import.meta.dirname, '..');

/** Small budgets, so that a handful of requests spends them. */
const LIMITS = {
  RATE_LIMIT_REQUESTS: '4',
  RATE_LIMIT_REQUESTS_WINDOW_S: '60',
  RATE_LIMIT_MUTATIONS: '100',
  RATE_LIMIT_SENSITIVE: '2',
  RATE_LIMIT_SENSITIVE_WINDOW_S: '600',
};

interface Gateway {
  url: string;
  process: ManagedProcess;
}

/** A gateway of its own (the shared test system's keeps its generous defaults) on the test system's subgraphs and database. */
async function startGatewayProcess(): Promise<Gateway> {
  const system = inject('system');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    APOLLO_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    GATEWAY_PORT: String(port),
    DATABASE_URL: system.databaseUrl,
    JWT_SECRET: system.jwtSecret,
    RESPONSE_CACHE_TTL_MS: '0',
    ...LIMITS,
  };
  for (const { name, urlVariable } of SUBGRAPH_REGISTRY) env[urlVariable] = system.subgraphUrls[name];
  const child = startProcess({
    name: 'gateway-rl',
    command: process.execPath,
    args: ['--import', 'tsx', 'gateway/src/main.ts'],
    cwd: root,
    env,
    onLine: (_name, line) => {
      if (/error|fatal/i.test(line)) console.error(`[gateway-rl] ${line}`);
    },
  });
  await waitForHttp(`http://127.0.0.1:${port}/health`, 90_000);
  return { url: `http://127.0.0.1:${port}/graphql`, process: child };
}

/**
 * Test addresses (RFC 5737), different on every run, from ranges no other test forwards (auth-security
 * uses 198.51.x): the counters live in the test system's database, shared with its own gateway.
 */
let next = randomInt(0, 200);
const address = () => `192.0.2.${(next++ % 254) + 1}`;
const otherAddress = () => `203.0.113.${(next++ % 254) + 1}`;

const READ = '{ products(first: 1) { edges { node { id } } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';

async function send(gateway: Gateway, from: string, query: string, variables: unknown = {}, token?: string) {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      // The test runner is on loopback, a trusted proxy: the gateway believes this address.
      'x-forwarded-for': from,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
  };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
}

let first: Gateway;
let second: Gateway;

beforeAll(async () => {
  [first, second] = await Promise.all([startGatewayProcess(), startGatewayProcess()]);
});
afterAll(async () => {
  await Promise.all([first?.process.stop(), second?.process.stop()]);
});

describe('rate limits at the gateway (PostgreSQL store)', () => {
  it('answers the N+1th anonymous read from one address with 429, Retry-After and TOO_MANY_REQUESTS; another address is unaffected', async () => {
    const from = address();
    for (let i = 0; i < 4; i++) {
      const ok = await send(first, from, READ);
      expect(ok.status).toBe(200);
      expect(ok.body.errors).toBeUndefined();
    }
    const refused = await send(first, from, READ);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.body.errors?.[0]?.extensions?.retryAfterSeconds).toBe(Number(refused.retryAfter));
    expect(refused.body.errors?.[0]?.message).toMatch(/Terlalu banyak permintaan.*Too many requests/);

    const elsewhere = await send(first, otherAddress(), READ);
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body.errors).toBeUndefined();
  });

  it('keeps the count in the shared store: a second gateway refuses the same address too', async () => {
    const from = address();
    // Two on each replica: the budget of four is spent across both.
    for (const gateway of [first, second, first, second]) expect((await send(gateway, from, READ)).status).toBe(200);
    const onSecond = await send(second, from, READ);
    expect(onSecond.status).toBe(429);
    expect(onSecond.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect((await send(first, from, READ)).status).toBe(429);
  });

  it('counts signed-in callers per user: one user spent, another user at the same address is served', async () => {
    const from = address();
    const spender = tokenWith(['BUYER']);
    const neighbour = tokenWith(['BUYER']);
    for (let i = 0; i < 4; i++) expect((await send(first, from, READ, {}, await spender)).status).toBe(200);
    const refused = await send(second, from, READ, {}, await spender);
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).not.toBeNull();
    const other = await send(first, from, READ, {}, await neighbour);
    expect(other.status).toBe(200);
    expect(other.body.errors).toBeUndefined();
    // The address itself is not spent by its users: an anonymous read from it still passes.
    expect((await send(first, from, READ)).status).toBe(200);
  });

  it('gives sign-in a tighter budget than reads', async () => {
    const from = otherAddress();
    const input = { input: { email: `tidak-ada-${randomInt(1e9)}@example.id`, password: 'salah-sandi-123' } };
    for (let i = 0; i < 2; i++) {
      const answer = await send(first, from, SIGN_IN, input);
      expect(answer.status).toBe(200);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const refused = await send(second, from, SIGN_IN, input);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(60);
    // Reads from that address still have budget left (three of four used by the sign-ins).
    expect((await send(first, from, READ)).status).toBe(200);
  });
});
