import { Client, fetchExchange, type AnyVariables, type CombinedError, type TypedDocumentNode } from '@urql/core';
import { forwardedFor } from './client-address.server';
import { env } from './env.server';
import { getToken } from './session.server';
import { markPartial } from './render-state.server';

const TIMEOUT_MS = 8_000;

export type FieldError = { field: string; message: string; messageEn: string; messageId?: string };

export type ApiError =
  | { kind: 'network' }
  | {
      kind: 'graphql';
      code: string;
      message: string;
      /** The API's message in Indonesian and English (`extensions.messageId` / `messageEn`), when it sent them. */
      messageId?: string;
      messageEn?: string;
      fields: FieldError[];
      retryable?: boolean;
    };

export type ApiResult<Data> = { data: Data; error?: undefined } | { data?: undefined; error: ApiError };

const timedFetch: typeof fetch = (input, init) => {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  return fetch(input, { ...init, signal });
};

/**
 * One client per request, so a user's token never leaks into another request. The token is
 * renewed first when it is about to expire (session.server.ts); the browser's address goes
 * along for the gateway's sign-in throttle.
 */
export async function createClient(request: Request, { anonymous = false } = {}): Promise<Client> {
  const token = anonymous ? undefined : await getToken(request);
  const headers: Record<string, string> = forwardedFor(request);
  if (token) headers.Authorization = `Bearer ${token}`;
  return new Client({
    url: env.GATEWAY_URL,
    exchanges: [fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetch: timedFetch,
    fetchOptions: { headers },
  });
}

function isFieldError(value: unknown): value is FieldError {
  const v = value as Partial<FieldError> | null;
  return typeof v?.field === 'string' && typeof v.message === 'string';
}

export function toApiError(error: CombinedError): ApiError {
  const first = error.graphQLErrors[0];
  if (!first) return { kind: 'network' };
  const rawFields = first.extensions?.fields;
  const fields = Array.isArray(rawFields)
    ? rawFields.filter(isFieldError).map((f) => ({ ...f, messageEn: f.messageEn ?? f.message }))
    : [];
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
  const { messageId, messageEn } = first.extensions ?? {};
  return {
    kind: 'graphql',
    code,
    message: first.message,
    ...(typeof messageId === 'string' && typeof messageEn === 'string' ? { messageId, messageEn } : {}),
    fields,
    ...(first.extensions?.retryable === true ? { retryable: true } : {}),
  };
}

/**
 * Data with a part missing because a subgraph could not be reached (decision 033): every error
 * is SERVICE_UNAVAILABLE and every root field still came back, so only a nullable part further
 * down (a product's shop, a user's orders) is null. A null root field may be the page's own
 * subject gone (or just absent), so that stays an error.
 */
export function isPartialAnswer<Data>(data: Data | undefined, error: CombinedError): data is Data {
  if (!data || error.networkError || error.graphQLErrors.length === 0) return false;
  if (!error.graphQLErrors.every((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) return false;
  return Object.values(data as Record<string, unknown>).every((value) => value !== null && value !== undefined);
}

export async function execute<Data, Variables extends AnyVariables>(
  request: Request,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  operation: 'query' | 'mutation' = 'query',
): Promise<ApiResult<Data>> {
  let result = await (await createClient(request))[operation](document, variables).toPromise();
  // An expired or revoked token must not break public pages: read them anonymously.
  const firstError = result.error && toApiError(result.error);
  if (
    operation === 'query' &&
    firstError?.kind === 'graphql' &&
    firstError.code === 'UNAUTHENTICATED' &&
    (await getToken(request))
  ) {
    result = await (await createClient(request, { anonymous: true })).query(document, variables).toPromise();
  }
  if (result.error || !result.data) markPartial();
  if (result.error && isPartialAnswer(result.data, result.error)) return { data: result.data };
  if (result.error) {
    const error = toApiError(result.error);
    if (error.kind === 'network') console.warn(`[storefront] gateway unreachable: ${result.error.message}`);
    return { error };
  }
  if (!result.data) return { error: { kind: 'network' } };
  return { data: result.data };
}

const STATUS: Record<string, number> = {
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  SERVICE_UNAVAILABLE: 503,
  // The gateway's rate limits (decision 024).
  TOO_MANY_REQUESTS: 429,
};

/** A Response for error boundaries: status only, no internals. */
export function errorResponse(error: ApiError): Response {
  if (error.kind === 'network') return new Response('Service Unavailable', { status: 503 });
  const status = STATUS[error.code] ?? 502;
  if (status === 502) console.error(`[storefront] GraphQL error ${error.code}: ${error.message}`);
  return new Response(null, { status });
}

/** Runs a query and returns its data, or throws a Response that an error boundary renders. */
export async function query<Data, Variables extends AnyVariables>(
  request: Request,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const result = await execute(request, document, variables);
  if (result.error) throw errorResponse(result.error);
  return result.data;
}

/** Like `query`, but a failure yields null so one page section can show a notice. */
export async function querySection<Data, Variables extends AnyVariables>(
  request: Request,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data | null> {
  const result = await execute(request, document, variables);
  if (!result.error) return result.data;
  if (result.error.kind === 'graphql')
    console.error(`[storefront] GraphQL error ${result.error.code}: ${result.error.message}`);
  return null;
}
