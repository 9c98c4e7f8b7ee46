import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import { requestScope, type Logger } from './logger.js';

export const MAX_BODY_BYTES = 1_000_000;

/** A plain HTTP route beside `/graphql`, e.g. a payment notification or a health check. */
export type Route = ((req: IncomingMessage, res: ServerResponse, body: Buffer) => Promise<void> | void) & {
  maxBodyBytes?: number;
};

/** The same route, accepting bodies up to `maxBodyBytes` (uploads); others keep the 1 MB default. */
export function withBodyLimit(route: Route, maxBodyBytes: number): Route {
  return Object.assign((req: IncomingMessage, res: ServerResponse, body: Buffer) => route(req, res, body), {
    maxBodyBytes,
  });
}

export class PayloadTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`body larger than ${limit} bytes`);
  }
}

/**
 * Reads the whole body, refusing one larger than `limit` (at once when the header says so).
 * The rest of a refused body is read and dropped rather than the socket cut, so that the
 * client, still sending, gets to read the 413.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(new PayloadTooLargeError(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.resume();
      reject(new PayloadTooLargeError(limit));
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

/** The error body every plain route and the GraphQL endpoint answer with, Indonesian first. */
export function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  id: string,
  en: string,
  headers: Record<string, string> = {},
): void {
  sendJson(
    res,
    status,
    { errors: [{ message: `${id} / ${en}`, extensions: { code, messageId: id, messageEn: en } }] },
    headers,
  );
}

export const requestIdOf = (req: IncomingMessage): string => {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
};

function findRoute(routes: Record<string, Route>, method: string, pathname: string): Route | undefined {
  const exact = routes[`${method} ${pathname}`];
  if (exact) return exact;
  for (const [key, route] of Object.entries(routes)) {
    if (key.endsWith('/*') && `${method} ${pathname}`.startsWith(key.slice(0, -1))) return route;
  }
  return undefined;
}

export interface GraphqlHttpOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  context: (req: IncomingMessage, requestId: string) => Promise<C>;
  /** Extra routes by `METHOD /path`; `METHOD /prefix/*` matches everything below the prefix. */
  routes?: Record<string, Route>;
  maxBodyBytes?: number;
  /** One `request` line per request at info (path without its query string, status, time), with the request id. */
  logger?: Logger;
}

/**
 * A small node:http integration for Apollo Server (its documented
 * `executeHTTPGraphQLRequest`), so that each service can also serve a few plain routes.
 */
export function createGraphqlHttpServer<C extends BaseContext>(options: GraphqlHttpOptions<C>): Server {
  const { apollo, routes = {} } = options;
  const server = createServer((req, res) => {
    const requestId = requestIdOf(req);
    void requestScope.run({ requestId }, () => handle(req, res, requestId));
  });
  const handle = async (req: IncomingMessage, res: ServerResponse, requestId: string) => {
    res.setHeader('x-request-id', requestId);
    if (options.logger) {
      const { logger } = options;
      const started = performance.now();
      res.once('finish', () =>
        logger.info(
          {
            requestId,
            method: req.method,
            path: req.url?.split('?')[0],
            status: res.statusCode,
            ms: Math.round(performance.now() - started),
          },
          'request',
        ),
      );
    }
    // An absolute-form request target (`GET http://[::1 HTTP/1.1`) can be something `URL` refuses.
    const url = URL.canParse(req.url ?? '/', 'http://localhost') ? new URL(req.url ?? '/', 'http://localhost') : null;
    if (!url) return sendError(res, 400, 'BAD_REQUEST', 'Alamat permintaan tidak valid', 'Request target is not valid');
    try {
      const route = findRoute(routes, req.method ?? 'GET', url.pathname);
      if (route) {
        const body =
          req.method === 'GET' || req.method === 'HEAD'
            ? Buffer.alloc(0)
            : await readBody(req, route.maxBodyBytes ?? options.maxBodyBytes);
        await route(req, res, body);
        return;
      }
      if (url.pathname !== '/graphql') return sendError(res, 404, 'NOT_FOUND', 'Alamat tidak ditemukan', 'Not found');
      const raw = req.method === 'POST' ? await readBody(req, options.maxBodyBytes) : Buffer.alloc(0);
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      let body: unknown = undefined;
      if (raw.length > 0) {
        try {
          body = JSON.parse(raw.toString('utf8'));
        } catch {
          return sendError(res, 400, 'BAD_REQUEST', 'Isi permintaan bukan JSON yang valid', 'Body is not valid JSON');
        }
        // Batches are refused: one HTTP request would otherwise carry many operations past the per-operation limits.
        if (Array.isArray(body)) {
          return sendError(
            res,
            400,
            'BAD_REQUEST',
            'Permintaan berkelompok (batch) tidak didukung; kirim satu operasi per permintaan',
            'Batched requests are not supported; send one operation per request',
          );
        }
        if (typeof body !== 'object' || body === null) {
          return sendError(
            res,
            400,
            'BAD_REQUEST',
            'Isi permintaan harus objek JSON berisi "query"',
            'Body must be a JSON object with a "query"',
          );
        }
        // Text PostgreSQL cannot store (NUL, lone surrogates) is refused per argument by invalidTextPlugin.
      }
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: () => options.context(req, requestId),
      });
      for (const [key, value] of result.headers) res.setHeader(key, value);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        res.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (error) {
      if (res.headersSent) return void res.end();
      if (error instanceof PayloadTooLargeError) {
        const limit = `${Math.round(error.limit / 1000)} kB`;
        return sendError(
          res,
          413,
          'PAYLOAD_TOO_LARGE',
          `Isi permintaan terlalu besar (maksimal ${limit})`,
          `Request body too large (at most ${limit})`,
        );
      }
      sendError(
        res,
        500,
        'INTERNAL_SERVER_ERROR',
        'Terjadi kesalahan pada server, silakan coba lagi',
        'Something went wrong, please try again',
      );
    }
  };
  // Keep idle keep-alive sockets open longer than callers (the gateway, other subgraphs) keep
  // them in their pools, so a caller never reuses a socket this server has just closed (ECONNRESET).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}

/**
 * Stops accepting connections and resolves once in-flight requests have finished: keep-alive
 * sockets are closed as soon as they fall idle, and anything still open after `graceMs` is cut.
 */
export function closeServer(server: Server, graceMs = 8_000): Promise<void> {
  return new Promise((resolve) => {
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const cut = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
}

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
