/**
 * Step 4a/b: the storefront's full-response latency at 20 concurrent users, and the bytes
 * each page makes a browser load (HTML, scripts, modulepreloads, stylesheets), gzipped.
 */
import { gzipSync } from 'node:zlib';
import { cpuDelta, cpuSnapshot } from './cpu.js';
import { load } from './load.js';
import { fixed, table } from './table.js';

/** `pids`: the processes whose CPU time per response to report (name → pid). */
export async function benchTtfb(
  base: string,
  pages: [string, string][],
  seconds: number,
  pids: Map<string, number>,
  label = '',
): Promise<Map<string, number>> {
  const rows = [];
  const cpuRows: string[][] = [];
  let cpuHeader: string[] = [];
  const p50s = new Map<string, number>();
  for (const [name, path] of pages) {
    await fetch(base + path).then((r) => r.text()); // warm-up
    const before = cpuSnapshot(pids);
    const result = await load({
      url: base + path,
      connections: 20,
      seconds,
      valid: (body) => body.includes('</html>'),
    });
    const cpu = cpuDelta(before, cpuSnapshot(pids));
    cpuHeader = [...cpu.keys()];
    cpuRows.push([name, ...[...cpu.values()].map((ms) => (result.total > 0 ? (ms / result.total).toFixed(2) : '–'))]);
    p50s.set(name, result.p50);
    rows.push([name, path, fixed(result.rps, 0), result.p50, result.p99, result.total, result.non2xx, result.invalid]);
  }
  table(
    `Storefront latency${label}, 20 concurrent users, ${seconds} s each (full response, not first byte)`,
    ['page', 'path', 'req/s', 'p50 ms', 'p99 ms', 'responses', 'non-2xx', 'invalid'],
    rows,
  );
  table(
    `Storefront${label}: CPU ms per page response, by process`,
    ['page', ...cpuHeader],
    cpuRows.map((r) => r.map((c) => (c === '0.00' ? '·' : c))),
  );
  return p50s;
}

const ASSET = /<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"[^>]*>/g;

export interface PageBytes {
  page: string;
  jsGzip: number;
  cssGzip: number;
  htmlGzip: number;
  totalGzip: number;
  files: number;
}

export async function benchBytes(base: string, pages: [string, string][]): Promise<PageBytes[]> {
  const out: PageBytes[] = [];
  for (const [page, path] of pages) {
    const html = await (await fetch(base + path)).text();
    const urls = new Set<string>();
    for (const match of html.matchAll(ASSET)) {
      const tag = match[0];
      const url = match[1]!;
      const isScript = tag.startsWith('<script') || /rel="modulepreload"/.test(tag);
      if (isScript || /rel="stylesheet"/.test(tag)) urls.add(new URL(url, base).toString());
    }
    // Inline module scripts that import the entry: Remix writes `import "/assets/..."` into the page.
    for (const match of html.matchAll(/import\s*(?:\*\s*as\s*\w+\s*from\s*)?["'](\/assets\/[^"']+\.js)["']/g))
      urls.add(new URL(match[1]!, base).toString());
    let js = 0;
    let css = 0;
    for (const url of urls) {
      const body = Buffer.from(await (await fetch(url)).arrayBuffer());
      const size = gzipSync(body, { level: 9 }).length;
      if (url.endsWith('.css')) css += size;
      else js += size;
    }
    const htmlGzip = gzipSync(Buffer.from(html)).length;
    out.push({ page, jsGzip: js, cssGzip: css, htmlGzip, totalGzip: js + css + htmlGzip, files: urls.size });
  }
  const kb = (n: number) => (n / 1024).toFixed(1);
  table(
    'Bytes per page, gzip -9 (HTML + scripts/modulepreloads + stylesheets; images and fonts not counted)',
    ['page', 'files', 'JS KB', 'CSS KB', 'HTML KB', 'total KB'],
    out.map((p) => [p.page, p.files, kb(p.jsGzip), kb(p.cssGzip), kb(p.htmlGzip), kb(p.totalGzip)]),
  );
  return out;
}
