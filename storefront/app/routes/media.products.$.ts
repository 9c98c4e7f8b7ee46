import type { LoaderFunctionArgs } from '@remix-run/node';
import { gatewayBase } from '../utils/catalog-upload.server';

/** Product photos: streamed from the gateway's `/files/products/*`, keeping its cache headers. */
export async function loader({ params }: LoaderFunctionArgs) {
  const key = params['*'] ?? '';
  if (!/^[a-z0-9][a-z0-9/_.-]*$/.test(key) || key.includes('..')) return new Response('Not Found', { status: 404 });
  const upstream = await fetch(`${gatewayBase}/files/products/${key}`, { signal: AbortSignal.timeout(10_000) }).catch(() => null);
  if (!upstream) return new Response('Bad Gateway', { status: 502 });
  if (!upstream.ok) return new Response('Not Found', { status: upstream.status === 404 ? 404 : 502 });
  const headers = new Headers({ 'x-content-type-options': 'nosniff' });
  for (const name of ['content-type', 'content-length', 'cache-control', 'etag', 'last-modified']) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: 200, headers });
}
