import { env } from './env.server';
import { getToken } from './session.server';

/** How one kind of stored file is served through the storefront. */
export type MediaKind = {
  /** The gateway's `/files/<folder>/*`. */
  folder: 'products' | 'services';
  /** The file names it may have: anything else is a 404 before any request goes out. */
  extensions: readonly string[];
  /** Content types it may be served as: never anything a browser would render as a page. */
  types: ReadonlySet<string>;
  /** Private files go with the user's token and are never cached by the browser. */
  private: boolean;
  /** Upstream headers passed on besides the content type. */
  keep: readonly string[];
};

/**
 * Streams a stored file from the gateway. One set of answers for every kind: a bad name or a
 * file the gateway does not give is 404, an unreachable gateway is 503, an upstream failure or
 * an unexpected content type is 502.
 */
export async function serveMedia(request: Request, kind: MediaKind, key: string): Promise<Response> {
  const name = new RegExp(`^[a-z0-9][a-z0-9/_-]*\\.(${kind.extensions.join('|')})$`);
  if (!name.test(key) || key.includes('..') || key.includes('//')) return new Response('Not Found', { status: 404 });
  const token = kind.private ? await getToken(request) : undefined;
  const upstream = await fetch(`${env.gatewayBase}/files/${kind.folder}/${key}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    signal: AbortSignal.timeout(10_000),
  }).catch(() => null);
  if (!upstream) return new Response('Service Unavailable', { status: 503 });
  if (!upstream.ok || !upstream.body) {
    const notFound = upstream.status === 404 || upstream.status === 403 || upstream.status === 401;
    return new Response(notFound ? 'Not Found' : 'Bad Gateway', { status: notFound ? 404 : 502 });
  }
  const type = upstream.headers.get('content-type') ?? '';
  if (!kind.types.has(type)) return new Response('Bad Gateway', { status: 502 });
  // X-Content-Type-Options: nosniff comes with every response of the server (storefront/server).
  const headers = new Headers({ 'content-type': type });
  if (kind.private) headers.set('cache-control', 'private, no-store');
  for (const header of kind.keep) {
    const value = upstream.headers.get(header);
    if (value) headers.set(header, value);
  }
  return new Response(upstream.body, { status: 200, headers });
}
