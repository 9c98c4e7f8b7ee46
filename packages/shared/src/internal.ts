import { GraphQLError } from 'graphql';
import { signServiceToken, type JwtConfig } from './auth.js';

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
