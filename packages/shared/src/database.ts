import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { UserInputError } from './errors.js';
import type { Cursor } from './pagination.js';

/** Name of the unique constraint an insert or update ran into, if that is what failed. */
export function violatedUniqueConstraint(error: unknown): string | undefined {
  return error instanceof UniqueConstraintViolationException ? (error as { constraint?: string }).constraint : undefined;
}

/** Rows after the cursor in `created_at desc, id desc` order. */
export function afterCursor(cursor: Cursor | null) {
  if (!cursor) return {};
  const createdAt = new Date(cursor.value);
  if (Number.isNaN(createdAt.getTime())) throw UserInputError.field('after', { id: 'Kursor halaman tidak valid', en: 'Page cursor is not valid' });
  return { $or: [{ createdAt: { $lt: createdAt } }, { createdAt, id: { $lt: cursor.id } }] };
}

export const NEWEST_FIRST = { createdAt: 'desc', id: 'desc' } as const;

/** The entries that are set, for `em.assign` (which would write `undefined` as NULL). */
export function definedOnly<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
