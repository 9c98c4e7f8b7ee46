import type { LoaderFunctionArgs } from '@remix-run/node';
import { gatewayBase } from '../utils/catalog-upload.server';

/** What a product photo may be served as: never anything a browser would render as a page. */
const PHOTO_TYPES = new Set(['image/webp', 'image/jpeg', 'image/png']);

/** Product photos: streamed from the gateway's `/files/products/*`, keeping its cache headers. */
export async function loader({ params }: LoaderFunctionArgs) {
  const key = params['*'] ?? '';
  if (!/^[a-z0-9][a-z0-9/_-]*\.(webp|jpg|jpeg|png)$/.test(key) || key.includes('..') || key.includes('//'))
    return new Response('Not Found', { status: 404 });
  const upstream = await fetch(`${gatewayBase}/files/products/${key}`, { signal: AbortSignal.timeout(10_000) }).catch(
    () => null,
  );
  if (!upstream) return new Response('Bad Gateway', { status: 502 });
  if (!upstream.ok) return new Response('Not Found', { status: upstream.status === 404 ? 404 : 502 });
  const type = upstream.headers.get('content-type') ?? '';
  if (!PHOTO_TYPES.has(type)) return new Response('Bad Gateway', { status: 502 });
  // X-Content-Type-Options: nosniff comes with every response of the server (storefront/server).
  const headers = new Headers({ 'content-type': type });
  for (const name of ['content-length', 'cache-control', 'etag', 'last-modified']) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: 200, headers });
}
