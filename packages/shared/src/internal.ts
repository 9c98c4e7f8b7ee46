import { GraphQLError, print, type DocumentNode } from 'graphql';
import { signServiceToken, type JwtConfig } from './auth.js';

/**
 * A GraphQL document that carries its result and variables types: what gql.tada's `graphql()`
 * returns (structurally, so this package does not depend on gql.tada).
 */
export interface TypedDocument<Result, Variables> extends DocumentNode {
  __apiType?: (variables: Variables) => Result;
}

const printed = new WeakMap<DocumentNode, string>();

/**
 * Calls another subgraph's GraphQL directly (never through the public gateway) with this
 * service's token. Errors from the other side are re-thrown with their code.
 */
export class InternalClient {
  constructor(
    private readonly service: string,
    private readonly jwt: JwtConfig,
    private readonly timeoutMs = 5_000,
  ) {}

  /** A typed operation (see `src/clients/` in each subgraph): variables and result come from the owner's SDL. */
  async send<Result, Variables>(
    url: string,
    document: TypedDocument<Result, Variables>,
    variables: Variables,
  ): Promise<Result> {
    let query = printed.get(document);
    if (!query) printed.set(document, (query = print(document)));
    return this.request<Result>(url, query, variables as Record<string, unknown>);
  }

  async request<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const token = await signServiceToken(this.service, this.jwt);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const payload = (await response.json()) as {
      data?: T;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    };
    const first = payload.errors?.[0];
    if (first) throw new GraphQLError(first.message, { extensions: first.extensions });
    if (!payload.data) throw new Error(`${url} answered ${response.status} without data`);
    return payload.data;
  }
}
