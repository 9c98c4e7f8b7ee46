import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaKind } from './media.server';

/**
 * Both media routes answer through serveMedia: a stand-in gateway over real HTTP answers
 * by path, and every outcome is checked for both kinds of file.
 */
let gateway: Server;
let asked: string[] = [];
let serveMedia: typeof import('./media.server').serveMedia;

const PUBLIC: MediaKind = {
  folder: 'products',
  extensions: ['webp', 'png'],
  types: new Set(['image/webp', 'image/png']),
  private: false,
  keep: ['cache-control', 'etag'],
};
const PRIVATE: MediaKind = { ...PUBLIC, folder: 'services', private: true, keep: ['content-disposition'] };

beforeAll(async () => {
  gateway = createServer((req, res) => {
    asked.push(req.url ?? '');
    const name = (req.url ?? '').split('/').pop() ?? '';
    if (name.startsWith('missing')) return void res.writeHead(404).end();
    if (name.startsWith('forbidden')) return void res.writeHead(403).end();
    if (name.startsWith('broken')) return void res.writeHead(500).end('boom');
    if (name.startsWith('page')) return void res.writeHead(200, { 'content-type': 'text/html' }).end('<script>');
    res.writeHead(200, {
      'content-type': 'image/png',
      'cache-control': 'public, max-age=60',
      etag: '"x"',
      'content-disposition': 'inline',
    });
    res.end('png-bytes');
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  process.env.GATEWAY_URL = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/graphql`;
  ({ serveMedia } = await import('./media.server'));
});

afterAll(async () => {
  delete process.env.GATEWAY_URL;
  await new Promise<void>((resolve) => gateway.close(() => resolve()));
});

const get = (kind: MediaKind, key: string) => serveMedia(new Request('http://storefront/x'), kind, key);

describe.each([
  ['public', PUBLIC],
  ['private', PRIVATE],
] as const)('serveMedia (%s files)', (_name, kind) => {
  it('refuses a name outside the pattern before asking the gateway', async () => {
    asked = [];
    for (const key of ['../etc/passwd.png', 'a//b.png', 'x.html', 'Upper.png', 'a/../../b.png']) {
      expect((await get(kind, key)).status, key).toBe(404);
    }
    expect(asked).toEqual([]);
  });

  it('streams a file with its allowed headers only', async () => {
    const response = await get(kind, 'a/photo.png');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('png-bytes');
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(asked.at(-1)).toBe(`/files/${kind.folder}/a/photo.png`);
    if (kind.private) {
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(response.headers.get('etag')).toBeNull();
    } else {
      expect(response.headers.get('cache-control')).toBe('public, max-age=60');
      expect(response.headers.get('content-disposition')).toBeNull();
    }
  });

  it('answers 404 for a file the gateway does not give, 502 for its failures and odd types', async () => {
    expect((await get(kind, 'missing.png')).status).toBe(404);
    expect((await get(kind, 'forbidden.png')).status).toBe(404);
    expect((await get(kind, 'broken.png')).status).toBe(502);
    expect((await get(kind, 'page.png')).status).toBe(502);
  });
});

it('answers 503 when the gateway cannot be reached', async () => {
  await new Promise<void>((resolve) => gateway.close(() => resolve()));
  expect((await get(PUBLIC, 'photo.png')).status).toBe(503);
  gateway.listen(0, '127.0.0.1');
});
