/** Codes a hostile request may earn: each says the request was wrong, not the server. */
export const EXPECTED_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** What must never reach a client: stack frames, SQL and driver messages, file paths of the server. */
const LEAKS =
  /\bat [\w.<>]+ \(|node_modules|\/work\/|stacktrace|syntax error at or near|violates (?:not-null|check|foreign key|unique) constraint|invalid input syntax for type|relation "|duplicate key value|MikroORM|DriverException|ECONNREFUSED/i;

export interface Outcome {
  status: number;
  /** Milliseconds from sending to the whole answer. */
  ms?: number;
  codes: string[];
  /** Why this answer is a failure of the server; empty when it is a fine answer. */
  problems: string[];
  body: string;
}

/** Judges one HTTP answer: a 5xx, a body that is not the GraphQL error shape, an unexpected code or a leak is a failure. */
export function judge(status: number, body: string): Outcome {
  const problems: string[] = [];
  const codes: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}`);
  let parsed: { data?: unknown; errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | undefined;
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    problems.push('body is not JSON');
  }
  for (const error of parsed?.errors ?? []) {
    const code = String(error.extensions?.code ?? 'NO_CODE');
    codes.push(code);
    if (!EXPECTED_CODES.has(code)) problems.push(`error code ${code}: ${String(error.message).slice(0, 200)}`);
  }
  if (parsed && !('data' in parsed) && !parsed.errors?.length) problems.push('neither data nor errors');
  const leak = LEAKS.exec(body);
  if (leak) problems.push(`leaks "${leak[0]}"`);
  return { status, codes, problems, body };
}

export interface SendOptions {
  method?: string;
  token?: string;
  contentType?: string | null;
  headers?: Record<string, string>;
}

/** Sends a raw body to a URL and judges the answer; a connection error is a failure too. */
export async function send(
  url: string,
  body: string | Uint8Array | undefined,
  options: SendOptions = {},
): Promise<Outcome> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.contentType !== null) headers['content-type'] = options.contentType ?? 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: options.method ?? 'POST',
      headers,
      body: body as BodyInit | undefined,
      signal: AbortSignal.timeout(30_000),
    });
    return { ...judge(response.status, await response.text()), ms: performance.now() - started };
  } catch (error) {
    const problem = `request failed: ${(error as Error).message} ${String((error as { cause?: unknown }).cause ?? '')}`;
    return { status: 0, codes: [], problems: [problem], body: '', ms: performance.now() - started };
  }
}

export const sendOperation = (
  url: string,
  operation: { query: string; variables?: Record<string, unknown> },
  token?: string,
) => send(url, JSON.stringify(operation), { token });
