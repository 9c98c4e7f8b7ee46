import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Only the gateway is public: every upload of the storefront goes to the gateway's
 * `/uploads/<subgraph>/<kind>`, and nothing in its configuration or code names a subgraph.
 */

interface Received {
  method: string;
  url: string;
  authorization: string | undefined;
  bytes: number;
}
const received: Received[] = [];
const gateway = createServer((req: IncomingMessage, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    received.push({
      method: req.method ?? '',
      url: req.url ?? '',
      authorization: req.headers.authorization,
      bytes: Buffer.concat(chunks).length,
    });
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ key: 'k1', url: '/media/x' }));
  });
});
await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
const gatewayBase = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
process.env.GATEWAY_URL = `${gatewayBase}/graphql`;
const { upload, uploadUrl } = await import('./upload.server');
const { parseEnv } = await import('./env.server');

afterAll(() => new Promise<void>((resolve) => gateway.close(() => resolve())));

const SUBGRAPH_URL_VARIABLES = ['ACCOUNTS', 'SELLERS', 'PRODUCTS', 'ORDERS', 'SERVICES', 'PLACES', 'NOTIFICATIONS'].map(
  (name) => `${name}_URL`,
);

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'graphql' ? [] : sourcesUnder(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });
}

describe('uploads go through the gateway', () => {
  it('builds every upload address on the gateway', () => {
    const targets = [
      { kind: 'attachment' as const },
      { kind: 'cover' as const },
      { kind: 'productPhoto' as const, productId: 'p 1' },
    ];
    expect(targets.map(uploadUrl)).toEqual([
      `${gatewayBase}/uploads/services/attachment`,
      `${gatewayBase}/uploads/services/cover`,
      `${gatewayBase}/uploads/products/product-photo?productId=p%201`,
    ]);
  });

  it('posts the bytes to the gateway and reads its answer', async () => {
    received.length = 0;
    const result = await upload(new Request('http://storefront.test/'), { kind: 'attachment' }, new Blob(['%PDF-1.4']));
    expect(result).toEqual({ ok: true, key: 'k1', url: '/media/x' });
    expect(received).toEqual([
      { method: 'POST', url: '/uploads/services/attachment', authorization: undefined, bytes: 8 },
    ]);
  });

  it('has no subgraph address in its environment', () => {
    const env = parseEnv({ NODE_ENV: 'test', PRODUCTS_URL: 'http://127.0.0.1:4003/graphql' });
    const urls = Object.keys(env).filter((key) => /_URL$|Base$/.test(key));
    expect(urls.sort()).toEqual(['GATEWAY_URL', 'gatewayBase']);
  });

  it('names no subgraph URL variable or subgraph port anywhere in its code', () => {
    const root = path.resolve(import.meta.dirname, '..', '..');
    const files = [...sourcesUnder(path.join(root, 'app')), ...sourcesUnder(path.join(root, 'server'))];
    expect(files.length).toBeGreaterThan(50);
    const offending = files.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return SUBGRAPH_URL_VARIABLES.some((name) => text.includes(name)) || /:400[1-7]\b/.test(text);
    });
    expect(offending).toEqual([]);
  });
});
