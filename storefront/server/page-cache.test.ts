import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markPartial } from '../app/server/render-state.server';
import { pageCache } from './page-cache';

/**
 * The page cache in front of a stand-in for Remix, over real HTTP: what reaches the
 * renderer is counted, so a replay is visible as a render that did not happen.
 */
let server: Server;
let base = '';
let renders = 0;

beforeAll(async () => {
  const app = express();
  app.use((_req, res, next) => {
    res.locals.cspNonce = `nonce${renders}x${Math.random().toString(36).slice(2)}`;
    next();
  });
  app.use(pageCache({ ttlMs: 60_000, maxEntries: 100 }));
  app.get('*', async (req, res) => {
    renders += 1;
    const nonce = String(res.locals.cspNonce);
    // Loaders run after an await: the render state must survive it.
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (req.query.partial) markPartial();
    if (req.query.cookie) res.setHeader('set-cookie', 'a=b');
    if (req.query.status) res.status(Number(req.query.status));
    res.type('html');
    res.write(`<html><script nonce="${nonce}"></script>`);
    res.end(`<p>${req.path}</p></html>`);
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function get(path: string, headers: Record<string, string> = {}) {
  const before = renders;
  const response = await fetch(`${base}${path}`, { headers });
  return { rendered: renders > before, cache: response.headers.get('x-page-cache'), body: await response.text() };
}

describe('pageCache', () => {
  it('renders once, then replays with the nonce of the new response', async () => {
    const first = await get('/a');
    const second = await get('/a');
    expect(first.rendered).toBe(true);
    expect(second.rendered).toBe(false);
    expect(second.cache).toBe('HIT');
    expect(second.body).not.toBe(first.body);
    expect(second.body.replace(/nonce="[^"]+"/, '')).toBe(first.body.replace(/nonce="[^"]+"/, ''));
  });

  it('merges concurrent first visits into one render', async () => {
    const before = renders;
    const answers = await Promise.all(Array.from({ length: 10 }, () => get('/burst')));
    expect(renders - before).toBe(1);
    expect(answers.filter((a) => a.cache === 'HIT')).toHaveLength(9);
  });

  it('never stores a page built from a failed GraphQL call (markPartial)', async () => {
    expect((await get('/b?partial=1')).rendered).toBe(true);
    expect((await get('/b?partial=1')).rendered).toBe(true);
  });

  it('never stores a page that sets a cookie or is not a 200', async () => {
    await get('/c?cookie=1');
    expect((await get('/c?cookie=1')).rendered).toBe(true);
    await get('/d?status=404');
    expect((await get('/d?status=404')).rendered).toBe(true);
  });

  it('bypasses visitors with a session or cart cookie, and keys by language', async () => {
    await get('/e');
    expect((await get('/e', { cookie: '__session=x' })).rendered).toBe(true);
    expect((await get('/e', { cookie: 'kampung_cart=y; lang=id' })).rendered).toBe(true);
    expect((await get('/e', { cookie: 'lang=en' })).rendered).toBe(true);
    expect((await get('/e', { cookie: 'lang=en' })).rendered).toBe(false);
  });
});
