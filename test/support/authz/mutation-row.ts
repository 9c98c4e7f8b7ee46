import type { GraphqlResponse } from '../client.js';
import type { TadaDocumentNode } from '../graphql.js';
import { type Actor, type Cast, type Expected, type Outcome, rows } from './cast.js';
import type { World } from './fixtures.js';

/** A document some rows share, each passing the variables it has (a document ignores the others). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RowDocument = TadaDocumentNode<unknown, any>;

/** What `prepare` made for a cell: each row reads the fields it put there. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Target = Record<string, any>;

/** Who plays the cell, and what the cell was set up with. */
export interface CellContext {
  cast: Cast;
  world: World;
  actor: Actor;
  token: string | undefined;
  userId: string | undefined;
}

/**
 * One row of the mutation matrix. Each cell gets a fresh target from `prepare`; `written` reads
 * the rows the mutation would change straight from PostgreSQL: a refused cell must leave them as
 * they were, an OK cell must change them (which proves `written` looks at the right rows).
 */
export interface MutationRow {
  field: string;
  label?: string;
  expected: Expected;
  prepare?: (cell: CellContext) => Promise<object>;
  /** Use another person for some actors (a fresh one, or a real account). */
  actors?: (
    cell: CellContext,
  ) => Promise<Partial<Record<Actor, { token: string | undefined; userId: string | undefined }>>>;
  run: (target: Target, cell: CellContext) => Promise<Pick<GraphqlResponse<unknown>, 'errors'> | Outcome>;
  written: (target: Target, cell: CellContext) => Promise<unknown>;
}

/** The outcomes, and the columns most rows share. */
export const O = 'OK',
  U = 'UNAUTHENTICATED',
  F = 'FORBIDDEN',
  N = 'NOT_FOUND',
  B = 'BAD_USER_INPUT';
export const EVERYONE: Expected = { anonymous: O, buyer: O, sellerA: O, sellerB: O, staff: O, admin: O };
export const ANY_PERSON: Expected = { anonymous: U, buyer: O, sellerA: O, sellerB: O, staff: O, admin: O };
export const STAFF_ONLY: Expected = { anonymous: U, buyer: F, sellerA: F, sellerB: F, staff: O, admin: O };
/** The buyer's own order, request or complaint: anyone else is told it does not exist. */
export const BUYER_OWN: Expected = { anonymous: U, buyer: O, sellerA: N, sellerB: N, staff: N, admin: N };
/** Seller A's shop part of an order: other shops and people without a shop are told it does not exist. */
export const SELLER_A_PART: Expected = { anonymous: U, buyer: N, sellerA: O, sellerB: N, staff: N, admin: N };
export const SELLER_A_PRODUCT: Expected = { anonymous: U, buyer: F, sellerA: O, sellerB: F, staff: F, admin: F };

export const one = (sql: string, ...params: unknown[]) => rows(sql, params);
