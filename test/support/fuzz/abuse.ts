import { connect } from 'node:net';
import { judge, send, type Outcome } from './client.js';

/** A hostile request of its own kind (not a field's arguments) and the answer it must get. */
export interface AbuseCase {
  name: string;
  run: (gatewayUrl: string) => Promise<Outcome>;
  /** The HTTP status the gateway must answer with. */
  status: number;
  /** The error code the first error must carry, when there is one to check. */
  code?: string;
  /** Refused by Apollo Server itself, whose messages are English only. */
  apollo?: boolean;
}

const post = (body: string | Uint8Array, contentType?: string | null) => (url: string) =>
  send(url, body, { contentType });
const operation = (query: string, variables: Record<string, unknown> = {}) =>
  post(JSON.stringify({ query, variables }));

function nested(depth: number): string {
  let selection = 'slug';
  for (let level = 0; level < depth; level += 1)
    selection = `seller { products(first: 1) { edges { node { ${selection} } } } }`;
  return `{ product(slug: "x") { ${selection} } }`;
}

/** A body streamed in chunks with no content-length, so only counting the bytes can stop it. */
function chunkedBody(bytes: number): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode('a'.repeat(64 * 1024));
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      controller.enqueue(chunk);
      sent += chunk.length;
    },
  });
}

/** Writes a raw HTTP request on a socket and returns the status of the answer (0: none). */
export function rawStatus(gatewayUrl: string, request: string): Promise<number> {
  const { hostname, port } = new URL(gatewayUrl);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname, () => socket.write(request));
    let received = '';
    socket.on('data', (data) => {
      received += data.toString('latin1');
    });
    const done = () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0));
    socket.on('close', done);
    socket.on('error', done);
    socket.setTimeout(5_000, () => socket.destroy());
  });
}

const raw =
  (request: string) =>
  async (url: string): Promise<Outcome> => {
    const status = await rawStatus(url, request);
    return { status, codes: [], problems: status === 0 || status >= 500 ? [`HTTP ${status}`] : [], body: '' };
  };

export const ABUSE_CASES: AbuseCase[] = [
  { name: 'a query nested 20 levels deep', run: operation(nested(5)), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: 'nested pages past the cost limit',
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    run: operation(
      '{ sellers(first: 100) { edges { node { products(first: 100) { edges { node { title variants { sku } } } } } } } }',
    ),
  },
  {
    name: 'the page size from a variable counts',
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    run: operation(
      'query($n: Int) { sellers(first: $n) { edges { node { products(first: $n) { edges { node { title } } } } } } }',
      { n: 100_000 },
    ),
  },
  {
    name: '200 aliases of one field',
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    run: operation(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: categories { slug }`).join(' ')} }`),
  },
  {
    name: '40 different root fields',
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    run: operation(
      `{ ${Array.from({ length: 40 }, (_, i) => `...F${i}`).join(' ')} } ${Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { categories { slug } }`).join(' ')}`,
    ),
  },
  {
    name: 'a document of 50 operations',
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    run: operation(Array.from({ length: 50 }, (_, i) => `query Q${i} { categories { slug } }`).join(' ')),
  },
  {
    name: 'fragments that spread each other',
    apollo: true,
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    run: operation('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
  },
  {
    name: 'a thousand repeated directives',
    apollo: true,
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    run: operation(`{ categories ${'@include(if: true) '.repeat(1000)} { slug } }`),
  },
  {
    name: 'a batch of 50 operations',
    status: 400,
    code: 'BAD_REQUEST',
    run: post(JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ categories { slug } }' })))),
  },
  { name: 'an empty batch', status: 400, code: 'BAD_REQUEST', run: post('[]') },
  {
    name: 'a 2 MB body',
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    run: post(JSON.stringify({ query: '{ categories { slug } }', pad: 'x'.repeat(2_000_000) })),
  },
  {
    name: 'a 3 MB body streamed without a length',
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    run: async (url) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: chunkedBody(3_000_000),
        duplex: 'half',
      } as RequestInit);
      return judge(response.status, await response.text());
    },
  },
  { name: 'JSON cut short', status: 400, code: 'BAD_REQUEST', run: post('{"query": "{ categories { slug } ') },
  {
    name: 'bytes that are not UTF-8',
    status: 400,
    code: 'BAD_REQUEST',
    run: post(new Uint8Array([0xff, 0xfe, 0x00, 0x7b, 0xc3, 0x28])),
  },
  { name: 'JSON null', status: 400, code: 'BAD_REQUEST', run: post('null') },
  { name: 'a JSON string', status: 400, code: 'BAD_REQUEST', run: post('"{ categories { slug } }"') },
  {
    name: 'a query that is an object',
    apollo: true,
    status: 400,
    code: 'BAD_REQUEST',
    run: post('{"query": {"categories": true}}'),
  },
  {
    name: 'variables that are a list',
    apollo: true,
    status: 400,
    code: 'BAD_REQUEST',
    run: post('{"query": "{ categories { slug } }", "variables": [1, 2]}'),
  },
  {
    name: 'a variable listing 5,000 wrong items (answered briefly)',
    status: 400,
    code: 'BAD_USER_INPUT',
    run: async (url) => {
      const variants = Array.from({ length: 5_000 }, () => ({
        sku: 'x',
        options: [{}],
        price: '12',
        stock: -30,
        weightGrams: { a: 1 },
      }));
      const outcome = await operation('mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }', {
        input: { title: 'Judul', description: 'Deskripsi', categorySlug: 'batik', attributes: [], variants },
      })(url);
      // Every problem quoting its item made a 400 kB request answer 12 MB.
      if (outcome.body.length > 50_000) outcome.problems.push(`answer of ${outcome.body.length} bytes`);
      return outcome;
    },
  },
  {
    name: 'a NUL in a variable',
    status: 400,
    code: 'BAD_USER_INPUT',
    run: operation('query($slug: String!) { product(slug: $slug) { id } }', { slug: 'batik\u0000' }),
  },
  {
    name: 'a NUL written inline',
    status: 400,
    code: 'BAD_USER_INPUT',
    run: operation('{ product(slug: "batik\\u0000") { id } }'),
  },
  {
    name: 'a NUL in a GET query string',
    status: 400,
    code: 'BAD_USER_INPUT',
    run: (url) =>
      send(
        `${url}?query=${encodeURIComponent('query($s: String!) { product(slug: $s) { id } }')}&variables=${encodeURIComponent('{"s":"a\\u0000"}')}`,
        undefined,
        { method: 'GET', contentType: null, headers: { 'apollo-require-preflight': '1' } },
      ),
  },
  {
    name: 'an unparsable query',
    apollo: true,
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    run: operation('{ categories { slug }'.repeat(1000)),
  },
  {
    name: 'a date-time the subgraphs would refuse',
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    run: operation('{ servicesDashboard(from: "-271821-04-20T00:00:00Z") { serviceId } }'),
  },
  {
    name: 'a bad date-time in a variable',
    status: 400,
    code: 'BAD_USER_INPUT',
    run: operation('query($from: DateTimeISO) { servicesDashboard(from: $from) { serviceId } }', { from: 'kemarin' }),
  },
  {
    name: 'text/plain (a cross-site form)',
    apollo: true,
    status: 400,
    code: 'BAD_REQUEST',
    run: post(JSON.stringify({ query: '{ categories { slug } }' }), 'text/plain'),
  },
  {
    name: 'a form-encoded body',
    apollo: true,
    status: 400,
    code: 'BAD_REQUEST',
    run: post('query=%7B+categories+%7B+slug+%7D+%7D', 'application/x-www-form-urlencoded'),
  },
  {
    name: 'multipart (an upload aimed at the graph)',
    apollo: true,
    status: 400,
    code: 'BAD_REQUEST',
    run: post('--x\r\n\r\n--x--', 'multipart/form-data; boundary=x'),
  },
  {
    name: 'no content type',
    apollo: true,
    status: 400,
    code: 'BAD_REQUEST',
    run: post(JSON.stringify({ query: '{ categories { slug } }' }), null),
  },
  {
    name: 'a mutation over GET',
    apollo: true,
    status: 405,
    code: 'BAD_REQUEST',
    run: (url) =>
      send(`${url}?query=${encodeURIComponent('mutation { signOut }')}`, undefined, {
        method: 'GET',
        contentType: null,
        headers: { 'apollo-require-preflight': '1' },
      }),
  },
  {
    name: 'a mutation over GET without the preflight header',
    apollo: true,
    status: 400,
    code: 'BAD_REQUEST',
    run: (url) =>
      send(`${url}?query=${encodeURIComponent('mutation { signOut }')}`, undefined, {
        method: 'GET',
        contentType: null,
      }),
  },
  {
    name: 'a GET with nonsense parameters',
    apollo: true,
    status: 400,
    code: 'BAD_REQUEST',
    run: (url) =>
      send(`${url}?query=%7B&variables=%5B&extensions=x`, undefined, {
        method: 'GET',
        contentType: null,
        headers: { 'apollo-require-preflight': '1' },
      }),
  },
  { name: 'PUT', apollo: true, status: 405, run: (url) => send(url, '{}', { method: 'PUT' }) },
  {
    name: 'a forged token',
    status: 401,
    code: 'UNAUTHENTICATED',
    run: (url) =>
      send(url, JSON.stringify({ query: '{ me { id } }' }), { token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' }),
  },
  {
    name: 'a request target URL refuses',
    status: 400,
    run: raw('GET http://[::1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
  },
  {
    name: 'a content-length that is not a number',
    status: 400,
    run: raw('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\nConnection: close\r\n\r\n'),
  },
  {
    name: 'a 40 kB header',
    status: 431,
    run: raw(`GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40_000)}\r\nConnection: close\r\n\r\n`),
  },
];
