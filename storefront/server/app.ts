import path from 'node:path';
import { createRequestHandler } from '@remix-run/express';
import type { ServerBuild } from '@remix-run/node';
import compression from 'compression';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { ServerEnv } from './env.js';
import { withSecurityHeaders } from './security-headers.js';
import { requireSameOrigin } from './same-origin.js';

export interface StorefrontAppOptions {
  build: ServerBuild;
  /** `build/client`: Vite's hashed files under `assets/`, copies of `public/` beside them. */
  clientDir: string;
  env: ServerEnv;
  /**
   * Mounted after the security headers, the CSRF guard and the static files, just before
   * Remix renders a page: the place for a page cache (the nonce is in `res.locals.cspNonce`).
   */
  beforeRemix?: RequestHandler[];
}

const internalError: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  // A malformed percent-encoding in the path (`/produk/%zz`) fails while Remix decodes it.
  if (error instanceof URIError)
    return void res.status(400).type('text/plain').send('Alamat tidak valid / Malformed address');
  console.error(error);
  res.status(500).type('text/plain').send('Terjadi kesalahan pada server / Something went wrong');
};

/** The storefront's Express app: compression, security headers, CSRF guard, static files, Remix. */
export function createStorefrontApp({
  build,
  clientDir,
  env,
  beforeRemix = [],
}: StorefrontAppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', env.trustProxy);
  app.use(compression());
  app.use(withSecurityHeaders({ https: env.https }));
  app.use(requireSameOrigin(env.publicOrigin));
  // Hashed names: a file's content never changes.
  app.use('/assets', express.static(path.join(clientDir, 'assets'), { immutable: true, maxAge: '1y', index: false }));
  app.use(express.static(clientDir, { maxAge: '1h', index: false }));
  // The browser's address as Express sees it (`trust proxy` applied), for the gateway's sign-in
  // throttle (app/server/client-address.server.ts); a value the browser sent under this name is replaced.
  app.use((req, _res, next) => {
    req.headers['x-client-address'] = req.ip ?? '';
    next();
  });
  for (const middleware of beforeRemix) app.use(middleware);
  app.all(
    '*',
    createRequestHandler({
      build,
      mode: env.mode,
      getLoadContext: (_req, res) => ({ cspNonce: String(res.locals.cspNonce) }),
    }),
  );
  app.use(internalError);
  return app;
}
