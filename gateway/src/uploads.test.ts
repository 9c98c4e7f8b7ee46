import { readBody } from '@kampung/shared';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadsRoute } from './files.js';

/** The gateway's `/uploads/<subgraph>/<kind>` in front of a stand-in subgraph, both real HTTP servers. */
const seen: { url: string; authorization?: string; contentType?: string; bytes: number }[] = [];
let subgraph: Server;
let gateway: Server;
let gatewayBase = '';
let subgraphBase = '';

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );

beforeAll(async () => {
  subgraph = createServer(async (req, res) => {
    const body = await readBody(req, 10_000_000);
    seen.push({
      url: req.url ?? '',
      authorization: req.headers.authorization,
      contentType: req.headers['content-type'],
      bytes: body.length,
    });
    const status = req.headers.authorization ? 201 : 401;
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ key: 'stored/1', status }));
  });
  subgraphBase = await listen(subgraph);
  let down = false;
  const route = uploadsRoute((name) =>
    name === 'services' || name === 'products' ? (down ? 'http://127.0.0.1:1' : subgraphBase) : undefined,
  );
  gateway = createServer(async (req, res) => {
    down = req.headers['x-test-down'] === '1';
    await route(req, res, await readBody(req, route.maxBodyBytes));
  });
  gatewayBase = await listen(gateway);
});

afterAll(async () => {
  await new Promise((resolve) => gateway.close(resolve));
  await new Promise((resolve) => subgraph.close(resolve));
});

const post = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${gatewayBase}${path}`, {
    method: 'POST',
    body: new Uint8Array(1234),
    headers: { 'content-type': 'application/octet-stream', ...headers },
  });

describe('uploads through the gateway', () => {
  it('hands each known upload to its subgraph with the token and query, and its answer back as it is', async () => {
    seen.length = 0;
    const photo = await post('/uploads/products/product-photo?productId=abc', { authorization: 'Bearer t1' });
    expect(photo.status).toBe(201);
    expect(await photo.json()).toEqual({ key: 'stored/1', status: 201 });
    const attachment = await post('/uploads/services/attachment');
    expect(attachment.status).toBe(401);
    expect(seen).toEqual([
      {
        url: '/uploads/product-photo?productId=abc',
        authorization: 'Bearer t1',
        contentType: 'application/octet-stream',
        bytes: 1234,
      },
      { url: '/uploads/attachment', contentType: 'application/octet-stream', bytes: 1234 },
    ]);
  });

  it('reaches no other subgraph route and no unknown upload', async () => {
    seen.length = 0;
    for (const path of [
      '/uploads/products/attachment',
      '/uploads/accounts/avatar',
      '/uploads/services/../graphql',
      '/uploads/services/cover/x',
    ]) {
      expect((await post(path, { authorization: 'Bearer t1' })).status, path).toBe(404);
    }
    expect(seen).toEqual([]);
  });

  it('answers 503 in both languages, naming no address, when the subgraph cannot be reached', async () => {
    const response = await post('/uploads/services/cover', { authorization: 'Bearer t1', 'x-test-down': '1' });
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(text).toContain('coba lagi');
    expect(text).toContain('try again');
    expect(text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|:\d{2,5}/);
  });
});
