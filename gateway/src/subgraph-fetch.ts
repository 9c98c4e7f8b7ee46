import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = NonNullable<RemoteGraphQLDataSource['fetcher']>;
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

interface SharedResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
}

/** Subgraph operations the query planner sends are named `query …` or start with `{`. */
const isQueryBody = (body: string) => body.startsWith('{"query":"query') || body.startsWith('{"query":"{');

/**
 * The gateway's fetch towards the subgraphs: Node's own fetch (undici, keep-alive pool), and
 * identical subgraph queries in flight at the same moment (same URL, same caller's token, same
 * body) sent once, each caller getting its own copy of the answer. Mutations always go through.
 */
export function createSubgraphFetcher(): Fetcher & { merged: () => number } {
  const inFlight = new Map<string, Promise<SharedResponse>>();
  let merged = 0;

  const send = async (url: string, init: FetcherRequestInit): Promise<SharedResponse> => {
    const response = await fetch(url, init as RequestInit);
    const headers: [string, string][] = [];
    response.headers.forEach((value, name) => headers.push([name, value]));
    return { status: response.status, statusText: response.statusText, headers, body: await response.text() };
  };

  const copyOf = (shared: SharedResponse, url: string): FetcherResponse => {
    const response = new Response(shared.body, {
      status: shared.status,
      statusText: shared.statusText,
      headers: shared.headers,
    });
    Object.defineProperty(response, 'url', { value: url });
    return response as unknown as FetcherResponse;
  };

  const fetcher = async (url: string, init: FetcherRequestInit = {}): Promise<FetcherResponse> => {
    const body = typeof init.body === 'string' ? init.body : undefined;
    if (!body || !isQueryBody(body)) return (await fetch(url, init as RequestInit)) as unknown as FetcherResponse;
    const key = `${url}\n${init.headers?.authorization ?? ''}\n${body}`;
    let pending = inFlight.get(key);
    if (pending) {
      merged += 1;
    } else {
      pending = send(url, init);
      inFlight.set(key, pending);
      const forget = () => inFlight.delete(key);
      pending.then(forget, forget);
    }
    return copyOf(await pending, url);
  };
  return Object.assign(fetcher, { merged: () => merged });
}
