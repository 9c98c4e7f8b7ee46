import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  /** JSON body of a POST; omitted for GET. */
  body?: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
  /** A fresh body for each request (instead of `body`). */
  nextBody?: () => string;
  /** true when a response body is what it should be. */
  valid?: (body: string) => boolean;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  invalid: number;
  errors: number;
}

/** autocannon against one URL on loopback, checking every response body. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  let invalid = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    requests: [
      {
        method: options.body ? 'POST' : 'GET',
        headers: { ...(options.body ? { 'content-type': 'application/json' } : {}), ...options.headers },
        body: options.body,
        ...(options.nextBody ? { setupRequest: (request) => ({ ...request, body: options.nextBody!() }) } : {}),
        onResponse: (status, body) => {
          if (status < 200 || status >= 300 || (options.valid && !options.valid(body))) invalid++;
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    non2xx: result.non2xx,
    invalid,
    errors: result.errors + result.timeouts,
  };
}
