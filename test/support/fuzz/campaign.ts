import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  type GraphQLField,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import pg from 'pg';
import { send, sendOperation, type Outcome } from './client.js';
import { operationFor, rootFields } from './operations.js';
import { OMIT, valueFor } from './values.js';

export type Role = 'anonymous' | 'buyer' | 'seller' | 'staff';
export type Tokens = Record<Role, string | undefined>;

/** A request the server answered badly, with what was sent. */
export interface Finding {
  field: string;
  role: Role | string;
  problems: string[];
  request: string;
  status: number;
}

export interface FieldFigures {
  field: string;
  inputs: number;
  findings: number;
  codes: Record<string, number>;
}

/** Everything one campaign saw, for the figures printed at the end. */
export class Tally {
  readonly findings: Finding[] = [];
  readonly fields = new Map<string, FieldFigures>();
  /** The slowest answers, slowest first. */
  readonly slowest: { field: string; ms: number; request: string }[] = [];
  requests = 0;

  record(field: string, role: string, request: string, outcome: Outcome): boolean {
    this.requests += 1;
    const figures = this.fields.get(field) ?? { field, inputs: 0, findings: 0, codes: {} };
    figures.inputs += 1;
    for (const code of new Set(outcome.codes.length ? outcome.codes : [`HTTP ${outcome.status}`]))
      figures.codes[code] = (figures.codes[code] ?? 0) + 1;
    this.fields.set(field, figures);
    if (outcome.ms !== undefined && (this.slowest.length < 5 || outcome.ms > this.slowest.at(-1)!.ms)) {
      this.slowest.push({ field, ms: Math.round(outcome.ms), request: request.slice(0, 4000) });
      this.slowest.sort((a, b) => b.ms - a.ms).splice(5);
    }
    if (outcome.problems.length === 0) return true;
    figures.findings += 1;
    this.findings.push({
      field,
      role,
      problems: outcome.problems,
      request: request.slice(0, 600),
      status: outcome.status,
    });
    return false;
  }
}

/** The gateway's API schema, by introspection (on outside production). */
export async function introspect(gatewayUrl: string): Promise<GraphQLSchema> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const { data } = (await response.json()) as { data: IntrospectionQuery };
  return buildClientSchema(data);
}

const ID_SOURCES: Record<string, string> = {
  sellerOrder: 'select id from orders.seller_orders',
  order: 'select id from orders.orders',
  orderLine: 'select id from orders.order_lines',
  cartLine: 'select id from orders.cart_lines',
  variant: 'select id from products.product_variants',
  product: 'select id from products.products',
  seller: 'select id from sellers.sellers',
  service: 'select id from services.services',
  serviceRequest: 'select id from services.service_requests',
  complaint: 'select id from services.complaints',
  post: 'select id from services.posts',
  course: 'select id from services.courses',
  module: 'select id from services.course_modules',
};

/** Which table an `id`-like argument most likely points into, from the field's and the argument's names. */
function idSourceOf(fieldName: string, argName: string): string | undefined {
  const byArg: Record<string, string> = {
    variantId: 'variant',
    lineId: 'cartLine',
    orderId: 'order',
    orderLineId: 'orderLine',
    courseId: 'course',
    moduleId: 'module',
    requestId: 'serviceRequest',
    sellerId: 'seller',
  };
  if (byArg[argName]) return byArg[argName];
  if (argName !== 'id') return undefined;
  if (/SellerOrder|sellerOrder/.test(fieldName)) return 'sellerOrder';
  if (/Shop/.test(fieldName)) return 'seller';
  if (/Product/.test(fieldName)) return 'product';
  if (/ServiceRequest|serviceRequest/.test(fieldName)) return 'serviceRequest';
  if (/Service/.test(fieldName)) return 'service';
  if (/Complaint/.test(fieldName)) return 'complaint';
  if (/Post/.test(fieldName)) return 'post';
  if (/Course/.test(fieldName)) return 'course';
  if (fieldName === 'order') return 'order';
  return undefined;
}

export interface Pools {
  ids: Record<string, string[]>;
  all: string[];
  strings: string[];
}

/** Real ids and slugs from the database, so that generated calls also get past the first lookup. */
export async function loadPools(databaseUrl: string): Promise<Pools> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const ids: Record<string, string[]> = {};
    for (const [name, sql] of Object.entries(ID_SOURCES)) {
      ids[name] = (await client.query<{ id: string }>(`${sql} order by id limit 12`)).rows.map((row) => row.id);
    }
    const slugs = await client.query<{ value: string }>(`
      (select slug as value from products.products order by slug limit 5) union all (select slug from sellers.sellers limit 3)
      union all (select slug from services.services limit 5) union all (select slug from services.posts limit 3)
      union all (select slug from services.courses limit 2) union all (select slug from products.categories limit 3)
      union all (select code from services.service_categories limit 2) union all (select tracking_code from services.service_requests limit 2)`);
    return { ids, all: Object.values(ids).flat(), strings: slugs.rows.map((row) => row.value) };
  } finally {
    await client.end();
  }
}

function argumentsFor(field: GraphQLField<unknown, unknown>, pools: Pools): fc.Arbitrary<Record<string, unknown>> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const arg of field.args) {
    const source = idSourceOf(field.name, arg.name);
    const value = valueFor(arg.type, {
      idPool: source ? (pools.ids[source] ?? pools.all) : pools.all,
      stringPool: pools.strings,
    });
    const required = String(arg.type).endsWith('!');
    record[arg.name] = fc.oneof(
      { weight: required ? 12 : 4, arbitrary: value },
      { weight: 1, arbitrary: fc.constant(OMIT) },
    );
  }
  return fc.record(record).map((args) => Object.fromEntries(Object.entries(args).filter(([, v]) => v !== OMIT)));
}

export interface CampaignOptions {
  gatewayUrl: string;
  schema: GraphQLSchema;
  pools: Pools;
  tokens: Tokens;
  runsPerField: number;
  seed: number;
  /** Fields fuzzed at the same time. */
  concurrency?: number;
  /** Only the root fields whose name matches (FUZZ_FIELDS), to chase one finding. */
  only?: RegExp;
  tally: Tally;
}

/**
 * Every Mutation and Query field, called by each role with generated arguments, as
 * variables and inline. A property per field: no answer may be a failure of the server.
 * fast-check shrinks a failing call to a small one, which is what the findings keep.
 */
export async function fuzzRootFields(options: CampaignOptions): Promise<void> {
  const roles = Object.keys(options.tokens) as Role[];
  const fields = rootFields(options.schema)
    .map((entry, index) => ({ ...entry, index }))
    .filter(({ field }) => !options.only || options.only.test(field.name));
  // Signing out (or rotating) ends the session a token belongs to: those run last, one at a time.
  const endsSession = (name: string) => /^(signOut|refresh)/.test(name);
  const queue = fields.filter(({ field }) => !endsSession(field.name));
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { kind, field, index } = next;
      const name = `${kind === 'mutation' ? 'Mutation' : 'Query'}.${field.name}`;
      const property = fc.asyncProperty(
        fc.constantFrom(...roles),
        fc.constantFrom('variables' as const, 'inline' as const),
        argumentsFor(field, options.pools),
        async (role, mode, args) => {
          const operation = operationFor(kind, field, args, mode);
          const outcome = await sendOperation(options.gatewayUrl, operation, options.tokens[role]);
          return options.tally.record(name, role, JSON.stringify(operation), outcome);
        },
      );
      // Shrinking only the first few steps: each step is a real request.
      await fc.check(property, {
        numRuns: options.runsPerField,
        seed: options.seed + index,
        interruptAfterTimeLimit: 120_000,
      });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 2 }, worker));
  queue.push(...fields.filter(({ field }) => endsSession(field.name)));
  await worker();
}

/** Whether every service still answers its health check. */
export async function unhealthyServices(urls: string[]): Promise<string[]> {
  const failing: string[] = [];
  for (const url of urls) {
    const outcome = await send(url.replace(/\/graphql$/, '/health'), undefined, { method: 'GET', contentType: null });
    if (outcome.status !== 200) failing.push(`${url}: ${outcome.status} ${outcome.problems.join('; ')}`);
  }
  return failing;
}
