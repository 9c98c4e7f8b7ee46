/**
 * Step 2: two operations through our gateway, a plain @apollo/gateway and Hive Gateway,
 * with the subgraph answered directly as the floor. Every response body is checked.
 */
import { freePort, startProcess, type ManagedProcess, type SubgraphName } from '@kampung/devtools';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cpuDelta, cpuSnapshot } from './cpu.js';
import { load, type LoadResult } from './load.js';
import { fixed, ratio, table } from './table.js';

const CARD = 'id title priceFrom';
/** (a) The storefront's nested listing plus featured services: four subgraphs. */
export const NESTED = `query Nested($after: String) { products(first: 20, after: $after) { edges { node { ${CARD} seller { name village } variants { sku price stock } rating { average count } } } }
  featuredServices(limit: 6) { name slaHours fee } }`;
/** Floor of (a): the products subgraph's part of it, sent to that subgraph. */
export const NESTED_FLOOR = `query NestedFloor($after: String) { products(first: 20, after: $after) { edges { node { ${CARD} seller { id } variants { sku price stock } } } } }`;

/** (b) products → seller → products → seller → products: depth 11 (our gateway allows 12). */
const deep = (
  sellerFields: string,
) => `query Deep($after: String) { products(first: 10, after: $after) { edges { node { id seller { ${sellerFields} products(first: 5) { edges { node { id seller { ${sellerFields}
  products(first: 3) { totalCount edges { node { id title } } } } } } } } } } } }`;
export const DEEP = deep('id name');
/** Floor of (b): the same shape without sellers' own fields, which the products subgraph answers alone. */
export const DEEP_FLOOR = deep('id');

const hasEdges = (body: string) => {
  try {
    const json = JSON.parse(body) as { data?: { products?: { edges?: unknown[] } }; errors?: unknown[] };
    return !json.errors && Array.isArray(json.data?.products?.edges) && json.data.products.edges.length > 0;
  } catch {
    return false;
  }
};

async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return response.text();
}

/** Cursors of the first `n` products: `after` values that make every request different but the same size. */
export async function productCursors(productsUrl: string, n = 100): Promise<string[]> {
  const json = JSON.parse(
    await post(productsUrl, 'query($n: Int) { products(first: $n) { edges { cursor } } }', { n }),
  ) as { data: { products: { edges: { cursor: string }[] } } };
  return json.data.products.edges.map((e) => e.cursor);
}

async function waitForGraphql(url: string, child: ManagedProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.child.exitCode !== null) throw new Error(`${child.name} exited with ${child.child.exitCode}`);
    const body = await post(url, '{ __typename }').catch(() => '');
    if (body.includes('"Query"')) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer in ${timeoutMs} ms`);
}

/** A copy of the committed supergraph whose @join__graph URLs point at the running subgraphs. */
export function writeSupergraphCopy(root: string, dir: string, urls: Record<SubgraphName, string>): string {
  const sdl = readFileSync(path.join(root, 'gateway/supergraph.graphql'), 'utf8').replace(
    /@join__graph\(name: "(\w+)", url: "[^"]*"\)/g,
    (whole, name: string) => {
      const url = urls[name as SubgraphName];
      return url ? `@join__graph(name: "${name}", url: "${url}")` : whole;
    },
  );
  const file = path.join(dir, 'supergraph.bench.graphql');
  writeFileSync(file, sdl);
  return file;
}

export interface OtherGateways {
  plainUrl: string;
  hiveUrl: string;
  /** Our gateway again, with its response cache off: the engine alone (and the round-trip counts). */
  uncachedUrl: string;
  processes: ManagedProcess[];
}

/** `ourEnv`: what our gateway needs besides the supergraph (its JWT secret). */
export async function startOtherGateways(
  root: string,
  dir: string,
  supergraph: string,
  ourEnv: NodeJS.ProcessEnv,
  onLine: (name: string, line: string) => void,
): Promise<OtherGateways> {
  const env = { ...process.env, APOLLO_TELEMETRY_DISABLED: 'true', NODE_ENV: 'production' };
  const plainPort = await freePort();
  const hivePort = await freePort();
  const uncachedPort = await freePort();
  const plain = startProcess({
    name: 'plain-gateway',
    command: process.execPath,
    args: ['--import', 'tsx', 'bench/plain-gateway.ts', supergraph, String(plainPort)],
    cwd: root,
    env,
    onLine,
  });
  // cwd: the temp dir, so that Hive Gateway finds no config file of ours.
  const hive = startProcess({
    name: 'hive-gateway',
    command: path.join(root, 'node_modules/.bin/hive-gateway'),
    args: ['supergraph', supergraph, '--port', String(hivePort), '--host', '127.0.0.1'],
    cwd: dir,
    env,
    onLine,
  });
  const uncached = startProcess({
    name: 'uncached-gateway',
    command: process.execPath,
    args: ['--import', 'tsx', 'gateway/src/main.ts'],
    cwd: root,
    onLine,
    env: {
      ...env,
      ...ourEnv,
      SUPERGRAPH_PATH: supergraph,
      GATEWAY_PORT: String(uncachedPort),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      RESPONSE_CACHE_TTL_MS: '0',
    },
  });
  const result = {
    plainUrl: `http://127.0.0.1:${plainPort}/`,
    hiveUrl: `http://127.0.0.1:${hivePort}/graphql`,
    uncachedUrl: `http://127.0.0.1:${uncachedPort}/graphql`,
    processes: [plain, hive, uncached],
  };
  await Promise.all([
    waitForGraphql(result.plainUrl, plain),
    waitForGraphql(result.hiveUrl, hive),
    waitForGraphql(result.uncachedUrl, uncached),
  ]);
  return result;
}

interface Target {
  label: string;
  url: string;
  query: string;
}

export interface GatewayFigures {
  query: string;
  mode: string;
  results: Map<string, LoadResult>;
}

/** `pids`: the processes whose CPU time to report (name → pid). */
/**
 * `cursors` empty: every request identical (as public gateway benchmarks do; a gateway that
 * merges identical in-flight subgraph requests profits). Otherwise each request pages from a
 * different cursor: same amount of work, nothing to merge.
 */
export async function benchGateways(
  targets: { ours: string; uncached: string; plain: string; hive: string; products: string },
  seconds: number,
  pids: Map<string, number>,
  cursors: string[] = [],
  connections = 50,
): Promise<GatewayFigures[]> {
  const figures: GatewayFigures[] = [];
  const mode = cursors.length ? 'distinct requests (after: one of 100 cursors)' : 'identical requests';
  let next = 0;
  const nextBody = (query: string) => () =>
    JSON.stringify({ query, variables: { after: cursors[next++ % cursors.length] } });
  for (const [queryName, query, floor] of [
    ['(a) nested storefront query', NESTED, NESTED_FLOOR],
    ['(b) deep products→seller→… (depth 11)', DEEP, DEEP_FLOOR],
  ] as const) {
    const name = `${queryName}, ${mode}`;
    const list: Target[] = [
      { label: 'direct: products subgraph (floor, products-only part)', url: targets.products, query: floor },
      { label: 'our gateway, same products-only query', url: targets.ours, query: floor },
      { label: 'our gateway', url: targets.ours, query },
      { label: 'plain @apollo/gateway', url: targets.plain, query },
      { label: 'Hive Gateway 2.15.1', url: targets.hive, query },
      { label: 'our gateway, response cache off, same products-only query', url: targets.uncached, query: floor },
      { label: 'our gateway, response cache off', url: targets.uncached, query },
    ];
    const results = new Map<string, LoadResult>();
    const rows = [];
    const cpuRows: (string | number)[][] = [];
    for (const target of list) {
      // Verification pass before the load: 20 sequential requests, also the warm-up.
      let badBefore = 0;
      for (let i = 0; i < 20; i++) if (!hasEdges(await post(target.url, target.query).catch(() => ''))) badBefore++;
      const cpuBefore = cpuSnapshot(pids);
      const result = await load({
        url: target.url,
        body: JSON.stringify({ query: target.query }),
        nextBody: cursors.length ? nextBody(target.query) : undefined,
        connections,
        seconds,
        valid: hasEdges,
      });
      const cpu = cpuDelta(cpuBefore, cpuSnapshot(pids));
      cpuRows.push([
        target.label,
        ...[...cpu.values()].map((ms) => (result.total > 0 ? (ms / result.total).toFixed(2) : '–')),
      ]);
      if (cpuRows.length === 1) cpuRows.unshift(['target', ...cpu.keys()]);
      results.set(target.label, result);
      rows.push([
        target.label,
        fixed(result.rps, 0),
        result.p50,
        result.p99,
        result.total,
        result.non2xx,
        result.invalid,
        result.errors,
        `${badBefore}/20`,
      ]);
    }
    table(
      `Gateway ${name}: ${connections} connections, ${seconds} s each`,
      [
        'target',
        'req/s',
        'p50 ms',
        'p99 ms',
        'responses',
        'non-2xx',
        'invalid body',
        'errors/timeouts',
        'invalid in pre-check',
      ],
      rows,
    );
    const [cpuHeader, ...cpuBody] = cpuRows;
    table(
      `Gateway ${name}: CPU ms per response, by process (2 cores shared by all)`,
      cpuHeader!.map(String),
      cpuBody.map((r) => r.map((c) => (c === '0.00' ? '·' : c))),
    );
    const [direct, oursSingle, ours, plain, hive, uncachedSingle, uncached] = list.map((t) => results.get(t.label)!);
    table(
      `Gateway ${name}: ratios`,
      ['ratio', 'value'],
      [
        ['req/s ours / Hive', ratio(ours!.rps, hive!.rps)],
        ['req/s ours / plain @apollo/gateway', ratio(ours!.rps, plain!.rps)],
        ['req/s ours, cache off / Hive', ratio(uncached!.rps, hive!.rps)],
        ['req/s ours, cache off / plain @apollo/gateway', ratio(uncached!.rps, plain!.rps)],
        ['p50 ours / direct subgraph (same products-only query)', ratio(oursSingle!.p50, direct!.p50)],
        ['p50 ours, cache off / direct subgraph (same products-only query)', ratio(uncachedSingle!.p50, direct!.p50)],
        ['p50 ours (full query) / direct (products-only part)', ratio(ours!.p50, direct!.p50)],
      ],
    );
    figures.push({ query: queryName, mode, results });
  }
  return figures;
}
