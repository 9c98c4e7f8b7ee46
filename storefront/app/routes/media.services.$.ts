import type { LoaderFunctionArgs } from '@remix-run/node';
import { gatewayBaseUrl } from '../components/services/session.server';
import { getToken } from '../utils/session.server';

/** What a citizen's file may be served as: never anything a browser would render as a page. */
const FILE_TYPES = new Set(['image/jpeg', 'image/png', 'application/pdf']);

/** Streams a private services file (attachment, letter) through the gateway with the user's token. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const key = params['*'] ?? '';
  if (!/^[a-z0-9][a-z0-9/_-]*\.(jpg|png|pdf)$/.test(key) || key.includes('..') || key.includes('//'))
    throw new Response('Not Found', { status: 404 });
  const token = await getToken(request);
  const upstream = await fetch(`${gatewayBaseUrl()}/files/services/${key}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    signal: AbortSignal.timeout(10_000),
  }).catch(() => null);
  if (!upstream) throw new Response('Service Unavailable', { status: 503 });
  if (!upstream.ok || !upstream.body) throw new Response('Not Found', { status: 404 });
  const type = upstream.headers.get('content-type') ?? '';
  if (!FILE_TYPES.has(type)) throw new Response('Service Unavailable', { status: 503 });
  // X-Content-Type-Options: nosniff comes with every response of the server (storefront/server).
  const headers = new Headers({ 'cache-control': 'private, no-store', 'content-type': type });
  for (const name of ['content-length', 'content-disposition']) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: 200, headers });
}
