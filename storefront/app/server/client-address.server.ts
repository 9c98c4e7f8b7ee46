import { isIP } from 'node:net';

/**
 * The browser's address, as the storefront's server determined it (Express's `req.ip`, with
 * its `trust proxy` setting; see server/app.ts), to pass on as X-Forwarded-For so that the
 * gateway throttles sign-in per person rather than per storefront. Nothing when unknown.
 */
export function forwardedFor(request: Request): Record<string, string> {
  const address = request.headers.get('x-client-address')?.trim();
  return address && isIP(address) ? { 'X-Forwarded-For': address } : {};
}
