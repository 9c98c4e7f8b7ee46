import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { keysetWhere, type Cursor } from './pagination.js';

/** Name of the unique constraint an insert or update ran into, if that is what failed. */
export function violatedUniqueConstraint(error: unknown): string | undefined {
  return error instanceof UniqueConstraintViolationException
    ? (error as { constraint?: string }).constraint
    : undefined;
}

/**
 * Rows after the cursor in `<field> desc, id desc` order (keyset pagination on a date column).
 * @deprecated Use `keysetPage` (the whole page) or `keysetWhere` (the clause alone).
 */
export function afterCursor(cursor: Cursor | null, field = 'createdAt'): Record<string, unknown> {
  return keysetWhere<Record<string, unknown>>(cursor, { field }) as Record<string, unknown>;
}

export const NEWEST_FIRST = { createdAt: 'desc', id: 'desc' } as const;

/** The entries that are set, for `em.assign` (which would write `undefined` as NULL). */
export function definedOnly<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
