import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { UserInputError, type Cursor } from '@kampung/shared';

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
