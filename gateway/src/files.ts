import type { Route } from '@kampung/shared';
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
