import { inject } from 'vitest';

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

/** POSTs an operation to the running gateway (or any GraphQL URL), over real HTTP. */
export async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; url?: string; headers?: Record<string, string> } = {},
): Promise<GraphqlResponse<T>> {
  const response = await fetch(options.url ?? inject('system').gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...options.headers,
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GraphqlError[] };
  return { status: response.status, ...body };
}

export const DEMO_PASSWORD = 'kampung123';
export const DEMO = {
  buyer: 'pembeli@kampung.test',
  seller: 'penjual@kampung.test',
  staff: 'staf@kampung.test',
  admin: 'admin@kampung.test',
} as const;

/** Signs in through the gateway and returns the token. */
export async function signIn(email: string, password = DEMO_PASSWORD): Promise<string> {
  const result = await gql<{ signIn: { token: string } }>(
    'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
    { input: { email, password } },
  );
  if (!result.data?.signIn) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(result.errors)}`);
  return result.data.signIn.token;
}

/** A new buyer account, for tests that must not share state. */
export async function signUpFresh(prefix = 'uji'): Promise<{ token: string; id: string; email: string }> {
  const email = `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@kampung.test`;
  const result = await gql<{ signUp: { token: string; user: { id: string } } }>(
    'mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } } }',
    { input: { name: 'Pengguna Uji', email, password: 'rahasia-uji-123' } },
  );
  if (!result.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(result.errors)}`);
  return { token: result.data.signUp.token, id: result.data.signUp.user.id, email };
}
