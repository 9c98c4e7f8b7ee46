/**
 * Step 4c: Lighthouse 12.2.3 (mobile profile, simulated throttling: its defaults) against
 * Debian's chromium, launched by chrome-launcher with the flags from STACK.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { note, table } from './table.js';

interface LighthouseResult {
  lhr: { categories: Record<string, { score: number | null }>; runtimeError?: { message: string } };
}
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<LighthouseResult | undefined>;

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Scores {
  page: string;
  performance: number | null;
  accessibility: number | null;
}

export async function benchLighthouse(base: string, pages: [string, string][]): Promise<Scores[]> {
  let lighthouse: Lighthouse;
  let launch: typeof import('chrome-launcher').launch;
  try {
    lighthouse = ((await import('lighthouse')) as unknown as { default: Lighthouse }).default;
    launch = (await import('chrome-launcher')).launch;
  } catch (error) {
    note(`Lighthouse could not be loaded: ${String(error)}`);
    return [];
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'kampung-lh-'));
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, userDataDir, logLevel: 'silent' }).catch(
    (error: unknown) => {
      note(`Chromium could not start for Lighthouse: ${String(error)}`);
      return null;
    },
  );
  if (!chrome) return [];
  const scores: Scores[] = [];
  try {
    for (const [page, pagePath] of pages) {
      const score = (key: string, result?: LighthouseResult) => {
        const value = result?.lhr.categories[key]?.score;
        return typeof value === 'number' ? Math.round(value * 100) : null;
      };
      try {
        const result = await lighthouse(base + pagePath, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
        });
        if (result?.lhr.runtimeError) note(`Lighthouse on ${pagePath}: ${result.lhr.runtimeError.message}`);
        scores.push({ page, performance: score('performance', result), accessibility: score('accessibility', result) });
      } catch (error) {
        note(`Lighthouse failed on ${pagePath}: ${String(error)}`);
        scores.push({ page, performance: null, accessibility: null });
      }
    }
  } finally {
    await chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  table(
    'Lighthouse 12.2.3, mobile profile, simulated throttling (defaults)',
    ['page', 'performance', 'accessibility'],
    scores.map((s) => [s.page, s.performance, s.accessibility]),
  );
  return scores;
}
