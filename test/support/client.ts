import { print } from 'graphql';
import type { TadaDocumentNode } from 'gql.tada';
import { inject } from 'vitest';
import { graphql } from './graphql.js';

export interface GraphqlError {
  message: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    fields?: { field: string; message: string; messageEn: string }[];
    [key: string]: unknown;
  };
}

export interface GraphqlResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphqlError[];
}

/** A raw document (built at run time, or malformed on purpose): its result is not typed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RawResult = Record<string, any>;

export interface GqlOptions {
  token?: string;
  url?: string;
  headers?: Record<string, string>;
}

const printed = new WeakMap<object, string>();
/** The text sent over HTTP: a raw string as it is, a typed document printed once. */
export function queryText(document: string | TadaDocumentNode<unknown, never>): string {
  if (typeof document === 'string') return document;
  let text = printed.get(document);
  if (text === undefined) printed.set(document, (text = print(document)));
  return text;
}

/** POSTs one operation to a GraphQL URL over real HTTP; never throws on a GraphQL error. */
export async function postGraphql<T>(
  url: string,
  document: string | TadaDocumentNode<T, never>,
  variables: unknown,
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: queryText(document), variables: variables ?? {} }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GraphqlError[] };
  return { status: response.status, ...body };
}

/**
 * POSTs an operation to the running gateway (or any GraphQL URL), over real HTTP. A document from
 * `graphql()` (support/graphql.ts) types the variables and the result; a plain string is for
 * deliberately raw cases (queries built at run time, malformed input, internal subgraph fields).
 * Not named `gql`: gql.tada's check takes a call named `gql` for a tag and never looks at the
 * `graphql()` document inside it, so a stale document would pass unseen.
 */
export function callApi<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  variables?: Variables,
  options?: GqlOptions,
): Promise<GraphqlResponse<Result>>;
export function callApi(
  query: string,
  variables?: Record<string, unknown>,
  options?: GqlOptions,
): Promise<GraphqlResponse<RawResult>>;
export function callApi(
  document: string | TadaDocumentNode<unknown, never>,
  variables: unknown = {},
  options: GqlOptions = {},
): Promise<GraphqlResponse<unknown>> {
  return postGraphql(options.url ?? inject('system').gatewayUrl, document, variables, {
    ...options.headers,
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
  });
}

export const DEMO_PASSWORD = 'kampung123';
export const DEMO = {
  buyer: 'pembeli@kampung.test',
  seller: 'penjual@kampung.test',
  staff: 'staf@kampung.test',
  admin: 'admin@kampung.test',
} as const;

const SIGN_IN = graphql('mutation($input: SignInInput!) { signIn(input: $input) { token } }');

/** Signs in through the gateway and returns the token. */
export async function signIn(email: string, password = DEMO_PASSWORD): Promise<string> {
  const result = await callApi(SIGN_IN, { input: { email, password } });
  if (!result.data?.signIn) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(result.errors)}`);
  return result.data.signIn.token;
}

const SIGN_UP = graphql('mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } } }');

/** A new buyer account, for tests that must not share state. */
export async function signUpFresh(prefix = 'uji'): Promise<{ token: string; id: string; email: string }> {
  const email = `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@kampung.test`;
  const result = await callApi(SIGN_UP, { input: { name: 'Pengguna Uji', email, password: 'rahasia-uji-123' } });
  if (!result.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(result.errors)}`);
  return { token: result.data.signUp.token, id: result.data.signUp.user.id, email };
}
