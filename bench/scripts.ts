/** Step 5: the existing search and checkout benches, each a child with its own database. */
import { spawn } from 'node:child_process';
import { table } from './table.js';

export interface ScriptResult {
  code: number | null;
  lines: string[];
}

export function runScript(
  root: string,
  script: string,
  env: NodeJS.ProcessEnv = {},
): { done: Promise<ScriptResult>; kill: () => void } {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, APOLLO_TELEMETRY_DISABLED: 'true', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const collect = (chunk: Buffer) =>
    lines.push(
      ...chunk
        .toString('utf8')
        .split('\n')
        .filter((l) => l.trim()),
    );
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const done = new Promise<ScriptResult>((resolve) => child.once('exit', (code) => resolve({ code, lines })));
  return { done, kill: () => child.kill('SIGINT') };
}

export interface SearchFigures {
  p50: number;
  p95: number;
  max: number;
}
export interface CheckoutFigures {
  perSecond: number;
  oversold: number;
  rounds: string[];
}

export function parseSearch(lines: string[]): SearchFigures | null {
  const match = lines.map((l) => /p50 ([\d.]+) ms, p95 ([\d.]+) ms, max ([\d.]+) ms/.exec(l)).find(Boolean);
  return match ? { p50: Number(match[1]), p95: Number(match[2]), max: Number(match[3]) } : null;
}

export function parseCheckout(lines: string[]): CheckoutFigures | null {
  const rate = lines.map((l) => /= ([\d.]+) checkouts\/s/.exec(l)).find(Boolean);
  const oversold = lines.map((l) => /^oversold: (\d+)/.exec(l)).find(Boolean);
  return rate && oversold
    ? {
        perSecond: Number(rate[1]),
        oversold: Number(oversold[1]),
        rounds: lines.filter((l) => l.startsWith('contention round')),
      }
    : null;
}

export function printScriptTables(
  search: SearchFigures | null,
  searchLines: string[],
  checkout: CheckoutFigures | null,
  checkoutLines: string[],
): void {
  const searchInfo = searchLines.find((l) => l.includes('searches with facets')) ?? searchLines.slice(-3).join(' / ');
  table(
    'Search (bench/search.ts: 10,000 products, 400 searches with facets, PostgreSQL adapter)',
    ['p50 ms', 'p95 ms', 'max ms', 'line'],
    [[search?.p50, search?.p95, search?.max, searchInfo]],
  );
  const rateLine = checkoutLines.find((l) => l.startsWith('throughput')) ?? checkoutLines.slice(-3).join(' / ');
  table(
    'Checkout (bench/checkout.ts: 50 buyers, 3 hot variants, through the gateway)',
    ['checkouts/s', 'oversold', 'detail'],
    [[checkout?.perSecond, checkout?.oversold, rateLine], ...(checkout?.rounds ?? []).map((r) => [null, null, r])],
  );
}
