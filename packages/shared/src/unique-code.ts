import { UniqueConstraintViolationException } from '@mikro-orm/core';

export interface UniqueCodeRetryOptions {
  /** Name of the unique constraint a random code (or slug) can collide on, e.g. `orders_code_unique`. */
  constraint: string;
  /** Tries in all, the first included (default 3); the last collision is thrown as it is. */
  attempts?: number;
}

/**
 * Whether `error` is PostgreSQL's unique_violation (23505) on the constraint named `constraint`,
 * raised through MikroORM (`UniqueConstraintViolationException`) or by node-postgres directly.
 */
export function isUniqueViolationOf(error: unknown, constraint: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, constraint: violated, message } = error as { code?: unknown; constraint?: unknown; message?: unknown };
  if (!(error instanceof UniqueConstraintViolationException) && code !== '23505') return false;
  // MikroORM copies the driver's `constraint`; its message names the constraint as well.
  return violated === constraint || (typeof message === 'string' && message.includes(`"${constraint}"`));
}

/**
 * Runs `work` (which draws a fresh random code each time it is called) and runs it again when
 * it fails on the unique constraint of that code: a collision, not the caller's mistake. Any
 * other error (another constraint included) is thrown at once. `work` gets the attempt number
 * (1-based) and should be its own transaction, so that a failed try leaves nothing behind.
 *
 * ```ts
 * const order = await withUniqueCodeRetry(
 *   () => em.transactional((tx) => write(tx, newOrderCode())),
 *   { constraint: 'orders_code_unique' },
 * );
 * ```
 */
export async function withUniqueCodeRetry<T>(
  work: (attempt: number) => Promise<T>,
  { constraint, attempts = 3 }: UniqueCodeRetryOptions,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work(attempt);
    } catch (error) {
      if (attempt >= attempts || !isUniqueViolationOf(error, constraint)) throw error;
    }
  }
}
