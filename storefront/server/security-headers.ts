import { randomBytes } from 'node:crypto';
import type { RequestHandler } from 'express';

/** Midtrans Snap's payment pages: a checkout posted without JavaScript is redirected there. */
const PAYMENT_PAGES = ['https://app.midtrans.com', 'https://app.sandbox.midtrans.com'];

/**
 * Every response's security headers. Scripts run only from our origin or with this
 * response's nonce; style attributes stay allowed (progress bars set a width), style
 * elements and sheets do not.
 */
export function securityHeaders(nonce: string, { https }: { https: boolean }): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self' ${PAYMENT_PAGES.join(' ')}`,
    "object-src 'none'",
  ];
  return {
    'Content-Security-Policy': csp.join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    ...(https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/**
 * A fresh nonce per response, kept in `res.locals.cspNonce` (the one place: the Remix
 * handler reads it from there, and a page cache would rewrite cached HTML to it).
 */
export function withSecurityHeaders(options: { https: boolean }): RequestHandler {
  return (req, res, next) => {
    const nonce = randomBytes(16).toString('base64');
    res.locals.cspNonce = nonce;
    res.set(securityHeaders(nonce, { https: options.https || req.secure }));
    next();
  };
}
