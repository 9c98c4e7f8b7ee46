import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';

export const MAX_BODY_BYTES = 1_000_000;

/** A plain HTTP route beside `/graphql`, e.g. a payment notification or a health check. */
export type Route = ((req: IncomingMessage, res: ServerResponse, body: Buffer) => Promise<void> | void) & { maxBodyBytes?: number };

/** The same route, accepting bodies up to `maxBodyBytes` (uploads); others keep the 1 MB default. */
export function withBodyLimit(route: Route, maxBodyBytes: number): Route {
  return Object.assign((req: IncomingMessage, res: ServerResponse, body: Buffer) => route(req, res, body), { maxBodyBytes });
}

export class PayloadTooLargeError extends Error {}

export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new PayloadTooLargeError(`body larger than ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
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
}

/**
 * A small node:http integration for Apollo Server (its documented
 * `executeHTTPGraphQLRequest`), so that each service can also serve a few plain routes.
 */
export function createGraphqlHttpServer<C extends BaseContext>(options: GraphqlHttpOptions<C>): Server {
  const { apollo, routes = {} } = options;
  const server = createServer(async (req, res) => {
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      const route = findRoute(routes, req.method ?? 'GET', url.pathname);
      if (route) {
        const body = req.method === 'GET' || req.method === 'HEAD' ? Buffer.alloc(0) : await readBody(req, route.maxBodyBytes ?? options.maxBodyBytes);
        await route(req, res, body);
        return;
      }
      if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found' });
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
          return sendJson(res, 400, { errors: [{ message: 'Body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
        }
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
        return sendJson(res, 413, { errors: [{ message: 'Request body too large', extensions: { code: 'BAD_REQUEST' } }] });
      }
      sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  });
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
