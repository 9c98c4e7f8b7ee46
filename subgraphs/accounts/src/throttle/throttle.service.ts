import { TooManyRequestsError } from '@kampung/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ACCOUNT_POLICY,
  ADDRESS_POLICY,
  addressKey,
  afterFailure,
  afterSuccess,
  retryAfterMs,
  type ThrottlePolicy,
  type ThrottleState,
} from './throttle.js';

const T = '"accounts"."sign_in_throttle"';

/** Raw rows: MikroORM leaves timestamps as strings. */
interface ThrottleRow {
  key: string;
  failures: number;
  last_failure_at: string | Date;
  locked_until: string | Date | null;
  now: string | Date;
}

/** The keys one sign-in attempt counts against: the email, and the address when known. */
export interface SignInKeys {
  account: string;
  address: string | null;
}

export function signInKeys(normalisedEmail: string, clientAddress: string | null | undefined): SignInKeys {
  const address = clientAddress ? addressKey(clientAddress) : null;
  return { account: `account:${normalisedEmail}`, address: address ? `address:${address}` : null };
}

const policyOf = (key: string): ThrottlePolicy => (key.startsWith('address:') ? ADDRESS_POLICY : ACCOUNT_POLICY);
const stateOf = (row: ThrottleRow): ThrottleState => ({
  failures: row.failures,
  lastFailureAt: new Date(row.last_failure_at),
  lockedUntil: row.locked_until === null ? null : new Date(row.locked_until),
});

/**
 * Sign-in throttling in PostgreSQL, so every replica of accounts sees the same counters.
 * An attempt is counted as a failure *before* the password is checked (under a row lock), so
 * a burst of parallel guesses cannot slip past the lock; a success takes it back.
 */
export class SignInThrottle {
  constructor(private readonly em: EntityManager) {}

  /** Counts the attempt, or refuses it with TOO_MANY_REQUESTS while any of its keys is locked. */
  async claimAttempt(keys: SignInKeys): Promise<void> {
    const names = [keys.account, keys.address].filter((key): key is string => !!key).sort();
    const refusal = await this.em.transactional(async (tx) => {
      await tx.execute(
        `insert into ${T} (key, failures, last_failure_at) values ${names.map(() => '(?, 0, now())').join(', ')} on conflict do nothing`,
        names,
      );
      const rows: ThrottleRow[] = await tx.execute(
        `select key, failures, last_failure_at, locked_until, now() as now from ${T} where key in (${names.map(() => '?').join(', ')}) order by key for update`,
        names,
      );
      const waitMs = Math.max(0, ...rows.map((row) => retryAfterMs(stateOf(row), new Date(row.now))));
      if (waitMs > 0) return waitMs;
      for (const row of rows) {
        const next = afterFailure(stateOf(row), new Date(row.now), policyOf(row.key));
        await tx.execute(`update ${T} set failures = ?, last_failure_at = ?, locked_until = ? where key = ?`, [
          next.failures,
          next.lastFailureAt,
          next.lockedUntil,
          row.key,
        ]);
      }
      return 0;
    });
    if (refusal > 0) throw new TooManyRequestsError(Math.ceil(refusal / 1_000));
  }

  /** The password was right: the account starts over, the address gets its counted attempt back. */
  async attemptSucceeded(keys: SignInKeys): Promise<void> {
    await this.em.transactional(async (tx) => {
      await tx.execute(`delete from ${T} where key = ?`, [keys.account]);
      if (!keys.address) return;
      const [row]: ThrottleRow[] = await tx.execute(
        `select key, failures, last_failure_at, locked_until, now() as now from ${T} where key = ? for update`,
        [keys.address],
      );
      if (!row) return;
      const next = afterSuccess(stateOf(row), ADDRESS_POLICY);
      await tx.execute(`update ${T} set failures = ?, locked_until = ? where key = ?`, [
        next.failures,
        next.lockedUntil,
        row.key,
      ]);
    });
  }

  /** Housekeeping: counters nobody has failed on for a day are gone. */
  static async forgetStale(em: EntityManager): Promise<number> {
    const result = await em.execute(
      `delete from ${T} where last_failure_at < now() - interval '1 day' and (locked_until is null or locked_until < now())`,
      [],
      'run',
    );
    return (result as { affectedRows?: number }).affectedRows ?? 0;
  }
}
