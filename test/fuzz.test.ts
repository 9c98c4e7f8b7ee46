import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { freePort, startProcess, waitForHttp, type ManagedProcess } from '@kampung/devtools';
import type { GraphQLSchema } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ABUSE_CASES } from './support/fuzz/abuse.js';
import {
  fuzzRootFields,
  introspect,
  loadPools,
  Tally,
  unhealthyServices,
  type Pools,
  type Tokens,
} from './support/fuzz/campaign.js';
import { send, sendOperation } from './support/fuzz/client.js';
import { fuzzValidCalls, validCalls, type CallContext } from './support/fuzz/valid-calls.js';
import { checkInvariants, INVARIANTS } from './support/invariants.js';
import { startIsolatedSystem, type IsolatedSystem } from './support/isolated-system.js';

// FUZZ_RUNS raises the inputs per field (`npm run fuzz`); FUZZ_SEED replays a run; FUZZ_FIELDS picks root fields by name.
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const ONLY = process.env.FUZZ_FIELDS ? new RegExp(process.env.FUZZ_FIELDS) : undefined;
const root = path.resolve(import.meta.dirname, '..');

let system: IsolatedSystem;
let tokens: Tokens;
let schema: GraphQLSchema;
let pools: Pools;
const tally = new Tally();
const started = Date.now();

async function signIn(email: string): Promise<string> {
  const outcome = await sendOperation(system.gatewayUrl, {
    query: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
    variables: { input: { email, password: 'kampung123' } },
  });
  const token = (JSON.parse(outcome.body) as { data?: { signIn?: { token: string } } }).data?.signIn?.token;
  if (!token) throw new Error(`sign-in failed for ${email}: ${outcome.body}`);
  return token;
}

async function callContext(): Promise<CallContext> {
  const client = new pg.Client({ connectionString: system.databaseUrl });
  await client.connect();
  try {
    const one = async (sql: string) => (await client.query<{ value: string }>(sql)).rows[0]?.value ?? '';
    const shop = await one(
      `select s.id as value from sellers.sellers s join accounts.users u on u.id = s.owner_user_id where u.email = 'penjual@kampung.test'`,
    );
    const variant =
      await one(`select v.id as value from products.product_variants v join products.products p on p.id = v.product_id
      where p.seller_id = '${shop}' and p.status = 'ACTIVE' and v.stock > 5 order by v.id limit 1`);
    const options = await sendOperation(system.gatewayUrl, { query: '{ shippingOptions { code } }' });
    return {
      pools,
      sellerShopId: shop,
      sellerVariantId: variant,
      buyerVariantId: variant,
      shippingCode: (JSON.parse(options.body) as { data: { shippingOptions: { code: string }[] } }).data
        .shippingOptions[0]!.code,
      serviceSlug: 'surat-keterangan-domisili',
      staffRequestId:
        (await one(
          `select id as value from services.service_requests where status = 'SUBMITTED' and village_code = '35.10.06.2003' order by id limit 1`,
        )) || undefined,
      unique: `${SEED}-${Date.now().toString(36)}`,
    };
  } finally {
    await client.end();
  }
}

/** Server-side errors the services logged: what a 500 leaves behind even when the client saw something else. */
function loggedServerErrors(): string[] {
  // The services write the file only once they log something (at warn and above).
  if (!existsSync(system.servicesLogFile)) return [];
  return readFileSync(system.servicesLogFile, 'utf8')
    .split('\n')
    .filter((line) => /"level":(50|60)/.test(line) && /"msg":"(database error|unexpected error)"/.test(line))
    .map((line) => line.slice(0, 400));
}

function printFigures(): void {
  const fields = [...tally.fields.values()].filter((figures) => /^(Query|Mutation)\./.test(figures.field));
  const distinct = new Map(tally.findings.map((finding) => [`${finding.field} ${finding.problems[0]}`, finding]));
  console.log(
    [
      `fuzz: seed ${SEED}, ${RUNS} runs per field, ${tally.requests} requests in ${Math.round((Date.now() - started) / 1000)} s (system start included)`,
      `fuzz: ${fields.length} root fields, inputs per field ${Math.min(...fields.map((f) => f.inputs))}–${Math.max(...fields.map((f) => f.inputs))}; ` +
        `${tally.fields.size - fields.length} valid calls mutated and abuse cases`,
      `fuzz: ${tally.findings.length} failing answers, ${distinct.size} distinct`,
      ...[...distinct.values()]
        .slice(0, 20)
        .map((f) => `  ${f.field} as ${f.role}: ${f.problems.join('; ')}\n    ${f.request.slice(0, 300)}`),
      `fuzz: slowest ${tally.slowest.map((s) => `${s.field} ${s.ms} ms`).join(', ')}`,
    ].join('\n'),
  );
}

beforeAll(async () => {
  system = await startIsolatedSystem({ name: 'kampung-fuzz', storefront: false });
  tokens = {
    anonymous: undefined,
    buyer: await signIn('pembeli@kampung.test'),
    seller: await signIn('penjual@kampung.test'),
    staff: await signIn('staf@kampung.test'),
  };
  schema = await introspect(system.gatewayUrl);
  pools = await loadPools(system.databaseUrl);
}, 180_000);

afterAll(async () => {
  if (tally.requests > 0) printFigures();
  await system?.stop();
}, 60_000);

describe('fuzzing through the gateway', () => {
  it('starts from data that keeps every invariant, and the invariants do catch a half-written order', async () => {
    expect(await checkInvariants(system.databaseUrl)).toEqual([]);
    const client = new pg.Client({ connectionString: system.databaseUrl });
    await client.connect();
    try {
      await client.query('begin');
      // An order whose parts were never written: what a checkout failing half-way would leave.
      await client.query(`insert into orders.orders (id, code, buyer_id, status, payment_method, items_total, shipping_total, total_amount, shipping_address)
        select gen_random_uuid(), 'FUZZ-PLANTED', id, 'PROCESSING', 'COD', 0, 0, 0, '{}'::jsonb from accounts.users limit 1`);
      // A product whose total stock no longer matches its variants.
      await client.query(
        `update products.products set stock_total = stock_total + 7 where id = (select id from products.products order by id limit 1)`,
      );
      const broken = (await checkInvariants(client)).map((violation) => violation.invariant);
      expect(broken).toContain('every order has at least one seller order');
      expect(broken).toContain('a product total stock and lowest price match its variants');
    } finally {
      await client.query('rollback');
      await client.end();
    }
    expect(INVARIANTS.length).toBeGreaterThanOrEqual(20);
  });

  // First, while the demo accounts and shops are as seeded: the field fuzzing below may suspend a shop or sign a session out.
  it('answers real calls with one value changed (hostile, of the wrong kind, null or missing) without a server error', async () => {
    const before = tally.findings.length;
    const unmutated = await fuzzValidCalls({
      gatewayUrl: system.gatewayUrl,
      calls: validCalls(await callContext()),
      tokens,
      runs: Math.max(8, Math.round(RUNS / 2)),
      seed: SEED,
      tally,
    });
    console.log(`fuzz: valid calls as written: ${JSON.stringify(unmutated)}`);
    // The calls are real: as written, they work (so each changed value is what a refusal is about).
    expect(Object.entries(unmutated).filter(([, answer]) => answer !== 'ok')).toEqual([]);
    expect(
      tally.findings
        .slice(before)
        .map((finding) => `${finding.field}: ${finding.problems.join('; ')} ← ${finding.request.slice(0, 300)}`),
    ).toEqual([]);
  }, 600_000);

  it('answers every Mutation and Query field, called by each role with generated arguments (as variables and inline), without a server error', async () => {
    await fuzzRootFields({
      gatewayUrl: system.gatewayUrl,
      schema,
      pools,
      tokens,
      runsPerField: RUNS,
      seed: SEED,
      tally,
      only: ONLY,
    });
    const fields = [...tally.fields.values()].filter((figures) => /^(Query|Mutation)\./.test(figures.field));
    expect(fields.length).toBeGreaterThanOrEqual(ONLY ? 1 : 70);
    for (const figures of fields) expect(figures.inputs, figures.field).toBeGreaterThanOrEqual(RUNS);
    // Enough generated calls got past validation to reach the services' own code.
    const reached = fields.reduce(
      (sum, f) =>
        sum +
        (f.codes['HTTP 200'] ?? 0) +
        (f.codes.BAD_USER_INPUT ?? 0) +
        (f.codes.NOT_FOUND ?? 0) +
        (f.codes.FORBIDDEN ?? 0),
      0,
    );
    expect(reached).toBeGreaterThan(tally.requests / 4);
    expect(
      tally.findings.map(
        (finding) =>
          `${finding.field} as ${finding.role}: ${finding.problems.join('; ')} ← ${finding.request.slice(0, 300)}`,
      ),
    ).toEqual([]);
  }, 600_000);

  it.each(ABUSE_CASES)('refuses $name with HTTP $status', async (abuse) => {
    const outcome = await abuse.run(system.gatewayUrl);
    tally.record(`abuse: ${abuse.name}`, 'anonymous', abuse.name, outcome);
    expect(outcome.problems).toEqual([]);
    expect(outcome.status).toBe(abuse.status);
    if (abuse.code) {
      // Apollo Server's own refusals (CSRF, methods, document shape) are in English only.
      const error = (JSON.parse(outcome.body) as { errors: { message: string; extensions: { code: string } }[] })
        .errors[0]!;
      expect(error.extensions.code).toBe(abuse.code);
      if (!abuse.apollo) expect(error.message, 'Indonesian first, then English').toMatch(/ \/ /);
    }
  });

  it('leaves every service answering, no process restarted, nothing half-written, and no server error in the logs', async () => {
    expect(await unhealthyServices([system.gatewayUrl, ...Object.values(system.subgraphUrls)])).toEqual([]);
    for (const [name, managed] of system.system.processes)
      expect(managed.child.exitCode, `${name} still running`).toBeNull();
    expect(await checkInvariants(system.databaseUrl)).toEqual([]);
    expect(loggedServerErrors()).toEqual([]);
  });
});

describe('the gateway in production mode', () => {
  let production: ManagedProcess;
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}/graphql`;
    production = startProcess({
      name: 'gateway-production',
      command: process.execPath,
      args: ['--import', 'tsx', 'gateway/src/main.ts'],
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        APOLLO_TELEMETRY_DISABLED: 'true',
        HOST: '127.0.0.1',
        PORT: String(port),
        GATEWAY_PORT: String(port),
        JWT_SECRET: system.jwtSecret,
        // The rate-limit counters live in PostgreSQL (decision 024).
        DATABASE_URL: system.databaseUrl,
        ...Object.fromEntries(
          Object.entries(system.subgraphUrls).map(([name, subgraphUrl]) => [`${name.toUpperCase()}_URL`, subgraphUrl]),
        ),
      },
    });
    await waitForHttp(`http://127.0.0.1:${port}/health`, 60_000);
  }, 90_000);

  afterAll(async () => {
    await production?.stop();
  });

  const errorsOf = (body: string) =>
    (JSON.parse(body) as { errors?: { message: string; extensions?: Record<string, unknown>; locations?: unknown }[] })
      .errors ?? [];

  it('serves the same API', async () => {
    const outcome = await sendOperation(url, { query: '{ categories { slug } }' });
    expect(outcome.status).toBe(200);
    expect(JSON.parse(outcome.body).data.categories.length).toBeGreaterThan(0);
  });

  it('refuses introspection, by __schema and by __type', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Mutation") { fields { name } } }']) {
      const outcome = await sendOperation(url, { query });
      expect(outcome.status).toBe(400);
      expect(errorsOf(outcome.body)[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(outcome.body).not.toMatch(/"fields"|"types"/);
    }
  });

  it('suggests no field or type names in validation errors', async () => {
    const dev = await sendOperation(system.gatewayUrl, { query: '{ categorys { slug } }' });
    expect(dev.body, 'development suggests, so the check below means something').toMatch(/Did you mean/);
    for (const query of [
      '{ categorys { slug } }',
      '{ products(frist: 1) { totalCount } }',
      'query($f: ProductFiltr) { products(filter: $f) { totalCount } }',
    ]) {
      const outcome = await sendOperation(url, { query });
      expect(outcome.status).toBe(400);
      expect(outcome.body).not.toMatch(/Did you mean/i);
    }
  });

  it('answers failures without stack traces or internals, and keeps every limit', async () => {
    // A session of its own: the fuzzing above signed the demo sessions out.
    const buyer = await signIn('pembeli@kampung.test');
    const answers = await Promise.all([
      send(url, '{"query": "{ categories { slug } '),
      send(url, JSON.stringify([{ query: '{ categories { slug } }' }])),
      send(url, JSON.stringify({ query: '{ categories { slug } }', pad: 'x'.repeat(2_000_000) })),
      sendOperation(
        url,
        { query: 'query($id: ID!) { order(id: $id) { id } }', variables: { id: "' or 1=1 --" } },
        buyer,
      ),
      sendOperation(url, {
        query: '{ sellers(first: 100) { edges { node { products(first: 100) { edges { node { title } } } } } } }',
      }),
      sendOperation(url, { query: '{ me { id } }' }, 'not-a-token'),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 413, 200, 400, 401]);
    for (const answer of answers) {
      expect(answer.problems).toEqual([]);
      expect(answer.body).not.toMatch(/stacktrace|exception|\bat [\w.]+ \(/i);
    }
  });
});
