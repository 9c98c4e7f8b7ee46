import type { Request, RequestHandler, Response } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * The request's own origin, from the Host header, or X-Forwarded-Host/-Proto when the
 * connection comes from a trusted proxy (Express's `trust proxy`). A browser cannot forge
 * Host for another site, so a cross-site form post never matches it.
 */
function requestOrigin(req: Request): string | null {
  const trusted = (req.app.get('trust proxy fn') as (address: string | undefined, hop: number) => boolean)(
    req.socket.remoteAddress,
    0,
  );
  const forwarded = trusted ? req.get('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
  const host = forwarded || req.get('host');
  return host ? `${req.protocol}://${host}` : null;
}

/**
 * Whether a state-changing request comes from our own pages. Origin decides when the
 * browser sends it; otherwise Sec-Fetch-Site; with neither (no browser sends neither on a
 * POST today) the request is refused: see docs/decisions/009-storefront-server-and-csrf.md.
 */
export function isSameOrigin(req: Request, publicOrigin: string | null): boolean {
  const origin = req.get('origin');
  if (origin !== undefined) return origin !== 'null' && (origin === publicOrigin || origin === requestOrigin(req));
  return req.get('sec-fetch-site') === 'same-origin';
}

function refuse(req: Request, res: Response) {
  const id = 'Permintaan ditolak: formulir harus dikirim dari halaman situs ini.';
  const en = 'Request refused: forms must be sent from this site’s own pages.';
  res.status(403).set('Cache-Control', 'no-store');
  if (req.accepts(['html', 'json']) === 'html') {
    res
      .type('html')
      .send(
        `<!doctype html><html lang="id"><meta charset="utf-8"><title>403</title><h1>${id}</h1><p lang="en">${en}</p></html>`,
      );
  } else {
    res.json({ error: { code: 'FORBIDDEN', message: id, messageEn: en } });
  }
}

/** CSRF guard: every request other than GET/HEAD must be same-origin, before any action runs. */
export function requireSameOrigin(publicOrigin: string | null): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method) || isSameOrigin(req, publicOrigin)) return next();
    refuse(req, res);
  };
}
