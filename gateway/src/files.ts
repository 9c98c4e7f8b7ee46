import { sendError, withBodyLimit, type Route } from '@kampung/shared';
import { Readable } from 'node:stream';

/** What a stored file may be served as: never anything a browser would render as a page. */
const FILE_TYPES = new Set(['image/webp', 'image/jpeg', 'image/png', 'application/pdf']);

/**
 * `GET /files/<subgraph>/<key>`: streams a stored file (a product photo, a citizen's
 * attachment, a letter) from the subgraph that owns it, passing the caller's token on so
 * that private files stay private. Only the subgraph's own `/files/` route is reachable.
 */
export function filesRoute(subgraphBaseUrl: (name: string) => string | undefined): Route {
  return async (req, res) => {
    const match = /^\/files\/([a-z]+)\/([a-z0-9][a-z0-9/_.-]*)$/.exec(
      new URL(req.url ?? '/', 'http://localhost').pathname,
    );
    const base = match ? subgraphBaseUrl(match[1]!) : undefined;
    if (!match || !base || match[2]!.includes('..')) {
      res.writeHead(404).end();
      return;
    }
    const upstream = await fetch(`${base}/files/${match[2]}`, {
      headers: req.headers.authorization ? { authorization: req.headers.authorization } : {},
      signal: AbortSignal.timeout(10_000),
    }).catch(() => null);
    if (!upstream || (upstream.ok && !FILE_TYPES.has(upstream.headers.get('content-type') ?? ''))) {
      await upstream?.body?.cancel();
      res.writeHead(502).end();
      return;
    }
    const headers: Record<string, string> = { 'x-content-type-options': 'nosniff' };
    for (const name of [
      'content-type',
      'content-length',
      'cache-control',
      'etag',
      'last-modified',
      'content-disposition',
    ]) {
      const value = upstream.headers.get(name);
      if (value) headers[name] = value;
    }
    res.writeHead(upstream.status, headers);
    if (!upstream.body) return void res.end();
    Readable.fromWeb(upstream.body as import('node:stream/web').ReadableStream).pipe(res);
  };
}

/** The uploads each subgraph takes, all raw bodies of at most 5 MB (the subgraph checks type and size). */
const UPLOADS: Record<string, readonly string[]> = {
  products: ['product-photo'],
  services: ['attachment', 'cover'],
};
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * `POST /uploads/<subgraph>/<kind>?…`: hands a file's bytes to the subgraph that stores it
 * (`POST /uploads/<kind>` there) with the caller's token, and its answer back as it is. Only
 * the gateway is public: the storefront and other clients never reach a subgraph themselves.
 */
export function uploadsRoute(subgraphBaseUrl: (name: string) => string | undefined): Route {
  // One byte over the limit still reaches the subgraph, which answers with a field message.
  return withBodyLimit(async (req, res, body) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = /^\/uploads\/([a-z]+)\/([a-z-]+)$/.exec(url.pathname);
    const base = match && UPLOADS[match[1]!]?.includes(match[2]!) ? subgraphBaseUrl(match[1]!) : undefined;
    if (!match || !base) return sendError(res, 404, 'NOT_FOUND', 'Alamat tidak ditemukan', 'Not found');
    const headers: Record<string, string> = {
      'content-type': req.headers['content-type'] ?? 'application/octet-stream',
    };
    for (const name of ['authorization', 'x-request-id'] as const) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const upstream = await fetch(`${base}/uploads/${match[2]}${url.search}`, {
      method: 'POST',
      body: new Uint8Array(body),
      headers,
      signal: AbortSignal.timeout(30_000),
    }).catch(() => null);
    if (!upstream)
      return sendError(
        res,
        503,
        'SERVICE_UNAVAILABLE',
        'Berkas belum bisa disimpan sekarang, silakan coba lagi sebentar lagi',
        'The file cannot be stored right now, please try again shortly',
        { 'retry-after': '5' },
      );
    const answer = Buffer.from(await upstream.arrayBuffer());
    res.writeHead(upstream.status, {
      'content-type': upstream.headers.get('content-type') ?? 'application/json; charset=utf-8',
      'content-length': String(answer.length),
      'x-content-type-options': 'nosniff',
    });
    res.end(answer);
  }, MAX_UPLOAD_BYTES + 1);
}
