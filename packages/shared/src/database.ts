import { UniqueConstraintViolationException } from '@mikro-orm/core';

/** Name of the unique constraint an insert or update ran into, if that is what failed. */
export function violatedUniqueConstraint(error: unknown): string | undefined {
  return error instanceof UniqueConstraintViolationException
    ? (error as { constraint?: string }).constraint
    : undefined;
}

/** The entries that are set, for `em.assign` (which would write `undefined` as NULL). */
export function definedOnly<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
