import type { Request, RequestHandler, Response } from 'express';
import { renderState, type RenderState } from '../app/server/render-state.server.js';

export interface PageCacheOptions {
  /** How long a page rendered for a visitor without cookies is served again; 0 turns it off. */
  ttlMs: number;
  maxEntries: number;
}

interface CachedPage {
  status: number;
  headers: [string, string | number | string[]][];
  body: string;
  /** The CSP nonce the page was rendered with; each later answer gets its own. */
  nonce: string;
  expiresAt: number;
}

/** Set again per response (security headers, compression, Node) or never shared. */
const NOT_REPLAYED = new Set([
  'content-security-policy',
  'content-encoding',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
  'etag',
  'vary',
  'x-page-cache',
]);
const CACHEABLE_TYPES = /^(text\/html|application\/json)/;
const WAIT_FOR_FIRST_MS = 5_000;

/**
 * Only `lang` may be present: it is part of the key. Any other cookie (a session, a cart)
 * can change the page, so that visitor is never served from, nor stored in, the cache.
 */
function languageIfAnonymous(req: Request): string | null {
  const header = req.headers.cookie;
  if (!header) return '';
  let language = '';
  for (const part of header.split(';')) {
    const [name = '', value = ''] = part.trim().split('=');
    if (!name) continue;
    if (name !== 'lang') return null;
    language = value;
  }
  return language;
}

/**
 * A micro-cache of whole pages (and `?_data` loader answers) for visitors without a session
 * or cart: what 20 people opening the home page in the same second all see is rendered once.
 * Staleness is bounded by the TTL (the gateway caches anonymous reads as long); pages that set
 * a cookie, answer anything but 200, or were built from a failed GraphQL call (a subgraph down:
 * `markPartial`) are never stored. Cached HTML carries the nonce of the
 * response it came from, so every replay swaps in the nonce of its own Content-Security-Policy.
 * See docs/decisions/014-response-caches.md.
 */
export function pageCache(options: PageCacheOptions): RequestHandler {
  const pages = new Map<string, CachedPage>();
  const rendering = new Map<string, Promise<void>>();

  const replay = (page: CachedPage, res: Response, head: boolean) => {
    const nonce = String(res.locals.cspNonce);
    for (const [name, value] of page.headers) res.setHeader(name, value);
    res.setHeader('x-page-cache', 'HIT');
    res.status(page.status);
    res.end(head ? undefined : page.body.replaceAll(page.nonce, nonce));
  };

  const fresh = (key: string) => {
    const page = pages.get(key);
    if (page && page.expiresAt > Date.now()) return page;
    if (page) pages.delete(key);
    return undefined;
  };

  const store = (key: string, page: CachedPage) => {
    if (pages.size >= options.maxEntries) {
      const oldest = pages.keys().next();
      if (!oldest.done) pages.delete(oldest.value);
    }
    pages.set(key, page);
  };

  return async (req, res, next) => {
    if (options.ttlMs <= 0 || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    const language = languageIfAnonymous(req);
    if (language === null) return next();
    const key = `${req.originalUrl}\n${language}`;
    const head = req.method === 'HEAD';

    let page = fresh(key);
    const first = rendering.get(key);
    if (!page && first) {
      await Promise.race([first, new Promise((resolve) => setTimeout(resolve, WAIT_FOR_FIRST_MS).unref())]);
      page = fresh(key);
    }
    if (page) return replay(page, res, head);
    if (head) return next();

    let done: () => void = () => {};
    const own = new Promise<void>((resolve) => (done = resolve));
    rendering.set(key, own);
    const finish = () => {
      if (rendering.get(key) === own) rendering.delete(key);
      done();
    };
    res.once('close', finish);

    const state: RenderState = { partial: false };
    const chunks: Buffer[] = [];
    const collect = (chunk: unknown, encoding?: unknown) => {
      if (typeof chunk === 'string')
        chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as Response['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk !== undefined && typeof chunk !== 'function') collect(chunk, rest[0]);
      const contentType = String(res.getHeader('content-type') ?? '');
      if (
        res.statusCode === 200 &&
        !state.partial &&
        !res.getHeader('set-cookie') &&
        CACHEABLE_TYPES.test(contentType)
      ) {
        store(key, {
          status: res.statusCode,
          headers: Object.entries(res.getHeaders())
            .filter(([name, value]) => value !== undefined && !NOT_REPLAYED.has(name))
            .map(([name, value]) => [name, value as string | number | string[]]),
          body: Buffer.concat(chunks).toString('utf8'),
          nonce: String(res.locals.cspNonce),
          expiresAt: Date.now() + options.ttlMs,
        });
      }
      finish();
      return end(chunk, ...rest);
    }) as Response['end'];
    renderState.run(state, next);
  };
}
