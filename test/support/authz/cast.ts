import type { Membership, Role } from '@kampung/shared';
import pg from 'pg';
import { inject } from 'vitest';
import { tokenWith, verifiedSeller } from '../catalog.js';
import { callApi, type GraphqlResponse } from '../client.js';
import { graphql } from '../graphql.js';

/** The six roles of the authorization matrix. */
export type Actor = 'anonymous' | 'buyer' | 'sellerA' | 'sellerB' | 'staff' | 'admin';
export const ACTORS: Actor[] = ['anonymous', 'buyer', 'sellerA', 'sellerB', 'staff', 'admin'];

/**
 * A cell's outcome: OK or the GraphQL error code for operations; for private data VISIBLE
 * (the fixture's private value is in the answer) or HIDDEN (answered, without it: null, empty, masked).
 */
export type Outcome =
  'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'VISIBLE' | 'HIDDEN';
export type Expected = Record<Actor, Outcome>;

export interface Person {
  id: string;
  token: string;
  email: string;
}
export interface SellerPerson {
  token: string;
  userId: string;
  shopId: string;
  slug: string;
  email: string;
}

/** The people every cell is played by; buyer, seller A and seller B are real accounts signed up for this run. */
export interface Cast {
  buyer: Person;
  sellerA: SellerPerson;
  sellerB: SellerPerson;
  staff: { id: string; token: string };
  admin: { id: string; token: string };
  tokens: Record<Actor, string | undefined>;
}

export const PASSWORD = 'rahasia-matriks-123';
let counter = 0;
export const uniqueSuffix = () =>
  `${Date.now().toString(36)}${(++counter).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Signs up through the gateway, with a phone number (private data the matrix looks for). */
export async function signUpPerson(prefix: string): Promise<Person & { phone: string; refreshToken: string }> {
  const email = `${prefix}-${uniqueSuffix()}@kampung.test`;
  const phone = `0812${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const result = await callApi(
    graphql('mutation($input: SignUpInput!) { signUp(input: $input) { token refreshToken user { id } } }'),
    { input: { name: 'Warga Matriks', email, password: PASSWORD, phone } },
  );
  if (!result.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(result.errors)}`);
  return {
    id: result.data.signUp.user.id,
    token: result.data.signUp.token,
    refreshToken: result.data.signUp.refreshToken,
    email,
    phone,
  };
}

export async function signInPerson(email: string, password = PASSWORD): Promise<string> {
  const result = await callApi(graphql('mutation($input: SignInInput!) { signIn(input: $input) { token } }'), {
    input: { email, password },
  });
  if (!result.data?.signIn) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
  return result.data.signIn.token;
}

/** A seller with a verified shop, signed in again so the token carries the SELLER role. */
async function sellerPerson(): Promise<SellerPerson> {
  const seller = await verifiedSeller();
  const email = (await callApi(graphql('{ me { email } }'), {}, { token: seller.token })).data!.me!.email!;
  return { ...seller, email };
}

/** Staff and admin are minted identities (no account row) unless a cell needs an account. */
export const mintedPerson = async (roles: Role[], memberships: Membership[] = []) => {
  const id = crypto.randomUUID();
  return { id, token: await tokenWith(roles, id, memberships) };
};

export async function createCast(): Promise<Cast> {
  const [buyer, sellerA, sellerB, staff, admin] = await Promise.all([
    signUpPerson('pembeli-matriks'),
    sellerPerson(),
    sellerPerson(),
    mintedPerson(['STAFF'], [{ role: 'VILLAGE_STAFF', place: '35.10.06.2003' }]),
    mintedPerson(['ADMIN'], [{ role: 'REGENCY_ADMIN', place: '35.10' }]),
  ]);
  return {
    buyer,
    sellerA,
    sellerB,
    staff,
    admin,
    tokens: {
      anonymous: undefined,
      buyer: buyer.token,
      sellerA: sellerA.token,
      sellerB: sellerB.token,
      staff: staff.token,
      admin: admin.token,
    },
  };
}

/** The first error's code, or OK. */
export const codeOf = (result: Pick<GraphqlResponse<unknown>, 'errors'>): Outcome =>
  (result.errors?.[0]?.extensions?.code as Outcome | undefined) ?? 'OK';

let client: pg.Client | undefined;
/** One connection to the system's database, for the "nothing was written" checks. */
export async function database(): Promise<pg.Client> {
  if (!client) {
    client = new pg.Client({ connectionString: inject('system').databaseUrl });
    await client.connect();
  }
  return client;
}
export async function closeDatabase(): Promise<void> {
  await client?.end();
  client = undefined;
}

/** Whole rows as JSON, so any changed column shows up in a before/after comparison. */
export async function rows(sql: string, params: unknown[] = []): Promise<unknown[]> {
  const db = await database();
  return (await db.query(`select to_jsonb(t) as row from (${sql}) t`, params)).rows.map((r: { row: unknown }) => r.row);
}
