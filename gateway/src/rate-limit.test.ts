import { createTestDatabase } from '@kampung/devtools';
import { parse, type OperationDefinitionNode } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadGatewayEnv } from './env.js';
import { startGateway, type RunningGateway } from './server.js';
import {
  addressKey,
  bucketsOf,
  memoryRateLimiter,
  parseAddressList,
  postgresRateLimiter,
  rateLimitKey,
  retryAfterSeconds,
  tooManyRequests,
  type RateLimitPolicy,
} from './rate-limit.js';

function buckets(source: string) {
  const document = parse(source);
  return bucketsOf(
    document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode,
    document,
  );
}

const policy = (requests: number, mutations: number, sensitive: number): RateLimitPolicy => ({
  requests: { points: requests, durationSeconds: 60 },
  mutations: { points: mutations, durationSeconds: 60 },
  sensitive: { points: sensitive, durationSeconds: 600 },
});

const exemptLoopback = parseAddressList('127.0.0.0/8,::1');

describe('rate-limit policy', () => {
  it('counts reads once, mutations twice, credentials and tracking look-ups three times', () => {
    expect(buckets('{ products(first: 3) { edges { node { id } } } }')).toEqual(['requests']);
    expect(buckets('mutation { addToCart(input: {}) { id } }')).toEqual(['requests', 'mutations']);
    expect(buckets('mutation { signIn(input: {}) { token } }')).toEqual(['requests', 'mutations', 'sensitive']);
    expect(buckets('mutation { signUp(input: {}) { token } }')).toEqual(['requests', 'mutations', 'sensitive']);
    expect(buckets('mutation { resetPassword(token: "x") }')).toEqual(['requests', 'mutations', 'sensitive']);
    expect(buckets('mutation { verifyOtp(code: "1") }')).toEqual(['requests', 'mutations', 'sensitive']);
    expect(buckets('{ trackServiceRequest(trackingCode: "A", nikLast4: "1234") { status } }')).toEqual([
      'requests',
      'sensitive',
    ]);
  });

  it('finds a sensitive field hidden in a fragment or an inline fragment', () => {
    expect(buckets('mutation { ... on Mutation { signIn(input: {}) { token } } }')).toContain('sensitive');
    expect(buckets('mutation M { ...F } fragment F on Mutation { signUp(input: {}) { token } }')).toContain(
      'sensitive',
    );
    expect(buckets('query Q { ...F } fragment F on Query { me { id } }')).toEqual(['requests']);
  });

  it('counts signed-in callers per user and anonymous ones per address, an IPv6 /64 as one', () => {
    const user = { userId: 'u-1', roles: [] };
    expect(rateLimitKey(user, '198.51.100.7', exemptLoopback)).toBe('user:u-1');
    expect(rateLimitKey(null, '198.51.100.7', exemptLoopback)).toBe('address:198.51.100.7');
    expect(rateLimitKey(null, '2001:db8:1:2::5', exemptLoopback)).toBe('address:2001:db8:1:2::/64');
    expect(rateLimitKey(null, '2001:0db8:0001:0002:ffff:1:2:3', exemptLoopback)).toBe('address:2001:db8:1:2::/64');
    expect(rateLimitKey(null, null, exemptLoopback)).toBe('address:unknown');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
  });

  it('does not count the exempt addresses (the machine itself) nor other subgraphs', () => {
    expect(rateLimitKey(null, '127.0.0.1', exemptLoopback)).toBeNull();
    expect(rateLimitKey({ userId: 'u', roles: [] }, '::1', exemptLoopback)).toBeNull();
    expect(rateLimitKey({ userId: 'svc', roles: [], service: 'orders' }, '198.51.100.7', exemptLoopback)).toBeNull();
    expect(rateLimitKey(null, '10.1.2.3', parseAddressList('10.0.0.0/8'))).toBeNull();
    expect(() => parseAddressList('not-an-address')).toThrow(/not an address/);
  });

  it('answers 429 with Retry-After in whole seconds, code TOO_MANY_REQUESTS and a bilingual message', () => {
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(1001)).toBe(2);
    const error = tooManyRequests(4_500);
    expect(error.extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(error.extensions.retryAfterSeconds).toBe(5);
    expect(error.message).toMatch(/Terlalu banyak permintaan.*Too many requests/);
    const http = error.extensions.http as { status: number; headers: Map<string, string> };
    expect(http.status).toBe(429);
    expect(http.headers.get('retry-after')).toBe('5');
  });
});

describe('memory limiter', () => {
  it('refuses the N+1th operation of a bucket and leaves other keys alone', async () => {
    const limiter = memoryRateLimiter(policy(100, 3, 2));
    for (let i = 0; i < 3; i++) expect(await limiter.consume('address:a', ['requests', 'mutations'])).toBe(0);
    const wait = await limiter.consume('address:a', ['requests', 'mutations']);
    expect(wait).toBeGreaterThan(50_000);
    expect(wait).toBeLessThanOrEqual(60_000);
    // Reads still pass for that address; another address has its own budget.
    expect(await limiter.consume('address:a', ['requests'])).toBe(0);
    expect(await limiter.consume('address:b', ['requests', 'mutations'])).toBe(0);
  });

  it('takes the longest wait when several budgets are spent, and skips a budget set to 0', async () => {
    const limiter = memoryRateLimiter(policy(1, 0, 1));
    expect(await limiter.consume('k', ['requests', 'mutations', 'sensitive'])).toBe(0);
    expect(await limiter.consume('k', ['requests', 'mutations', 'sensitive'])).toBeGreaterThan(500_000);
    // The mutations budget is off: only 'requests' counts, and that one is spent.
    const other = memoryRateLimiter(policy(5, 0, 1));
    for (let i = 0; i < 5; i++) expect(await other.consume('k', ['requests', 'mutations'])).toBe(0);
  });
});

describe('PostgreSQL limiter', () => {
  let database: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    database = await createTestDatabase(inject('databaseUrl'), 'ratelimit');
  });
  afterAll(() => database?.drop());

  it('shares one budget between two limiters on the same database (two gateway replicas)', async () => {
    // Started together: both create the schema and table, neither fails.
    const [first, second] = await Promise.all([
      postgresRateLimiter(database.url, policy(100, 4, 2)),
      postgresRateLimiter(database.url, policy(100, 4, 2)),
    ]);
    try {
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) => (i % 2 ? first : second).consume('user:u-1', ['requests', 'mutations'])),
      );
      expect(results.filter((wait) => wait === 0)).toHaveLength(4);
      expect(await second.consume('user:u-1', ['requests', 'mutations'])).toBeGreaterThan(0);
      expect(await first.consume('user:u-2', ['requests', 'mutations'])).toBe(0);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const { rows } = await client.query<{ key: string; points: number }>(
        'select key, points from gateway.rate_limits order by key',
      );
      await client.end();
      expect(rows.map((row) => row.key)).toEqual([
        'mutations:user:u-1',
        'mutations:user:u-2',
        'requests:user:u-1',
        'requests:user:u-2',
      ]);
      // A refused key is then refused from memory: more attempts add nothing to the store.
      const spent = rows.find((row) => row.key === 'mutations:user:u-1')!.points;
      for (let i = 0; i < 5; i++) expect(await second.consume('user:u-1', ['mutations'])).toBeGreaterThan(0);
      const check = new pg.Client({ connectionString: database.url });
      await check.connect();
      const after = await check.query<{ points: number }>(
        `select points from gateway.rate_limits where key = 'mutations:user:u-1'`,
      );
      await check.end();
      expect(after.rows[0]!.points).toBe(spent);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('survives PostgreSQL dropping its connections (a restart): the gateway does not crash, counting goes on', async () => {
    const errors: Error[] = [];
    const limiter = await postgresRateLimiter(database.url, policy(100, 100, 100), (error) => errors.push(error));
    try {
      expect(await limiter.consume('address:192.0.2.9', ['requests'])).toBe(0);
      const admin = new pg.Client({ connectionString: database.url });
      await admin.connect();
      const { rowCount } = await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
          where application_name = 'gateway-rate-limit' and datname = current_database()`,
      );
      await admin.end();
      expect(rowCount).toBeGreaterThan(0);
      // Without a listener the pool's 'error' event would be an uncaught exception here.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(errors.length).toBeGreaterThan(0);
      expect(await limiter.consume('address:192.0.2.9', ['requests'])).toBe(0);
    } finally {
      await limiter.close();
    }
  });
});

describe('through the gateway over HTTP', () => {
  let database: { url: string; drop: () => Promise<void> };
  let gateways: RunningGateway[] = [];
  beforeAll(async () => {
    database = await createTestDatabase(inject('databaseUrl'), 'ratelimit_http');
    const env = loadGatewayEnv({
      DATABASE_URL: database.url,
      JWT_SECRET: 'rate-limit-test-secret-0123456789abcdef',
      GATEWAY_PORT: '0',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_REQUESTS: '3',
      RATE_LIMIT_SENSITIVE: '1',
    });
    // Two replicas on one store. `{ __typename }` needs no subgraph.
    gateways = await Promise.all([startGateway(env), startGateway(env)]);
  });
  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.stop()));
    await database?.drop();
  });

  const post = (gateway: RunningGateway, from: string, query = '{ __typename }') =>
    fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ query }),
    });

  it('answers 429 with Retry-After past the budget, on either replica, and never counts the machine itself', async () => {
    const [a, b] = gateways as [RunningGateway, RunningGateway];
    for (const gateway of [a, b, a]) expect((await post(gateway, '192.0.2.50')).status).toBe(200);
    const refused = await post(b, '192.0.2.50');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(body.errors[0]!.extensions.http).toBeUndefined();
    expect(body.errors[0]!.message).toMatch(/Terlalu banyak permintaan/);
    expect((await post(a, '192.0.2.51')).status).toBe(200);
    // Without a forwarded address the caller is the test runner on loopback: exempt.
    for (let i = 0; i < 5; i++) {
      const local = await fetch(a.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(local.status).toBe(200);
    }
  });
});
