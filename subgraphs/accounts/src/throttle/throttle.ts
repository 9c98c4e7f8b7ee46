import { isIPv4, isIPv6 } from 'node:net';

/** How many failures a key may have before each further attempt waits, and for how long. */
export interface ThrottlePolicy {
  /** Failures allowed before the first lock. */
  freeFailures: number;
  /** The first lock; each further failure doubles it. */
  baseLockMs: number;
  maxLockMs: number;
  /** Failures are forgotten after this long without a new one. */
  forgetAfterMs: number;
}

/** One email: 5 tries, then 1 s, 2 s, 4 s … up to 15 minutes between tries. */
export const ACCOUNT_POLICY: ThrottlePolicy = {
  freeFailures: 5,
  baseLockMs: 1_000,
  maxLockMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
};
/** One address (many people share one behind a carrier's NAT): more room before the same back-off. */
export const ADDRESS_POLICY: ThrottlePolicy = {
  freeFailures: 20,
  baseLockMs: 1_000,
  maxLockMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
};

export interface ThrottleState {
  failures: number;
  lastFailureAt: Date;
  lockedUntil: Date | null;
}

/** The lock after `failures` failures: none up to the free ones, then doubling from the base, capped. */
export function lockDurationMs(failures: number, policy: ThrottlePolicy): number {
  const beyond = failures - policy.freeFailures;
  if (beyond < 0) return 0;
  // 2 ** 30 already exceeds any sensible cap; stop there so the number stays finite.
  return Math.min(policy.baseLockMs * 2 ** Math.min(beyond, 30), policy.maxLockMs);
}

/** Milliseconds until the next attempt is allowed (0: now). */
export function retryAfterMs(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, state.lockedUntil.getTime() - now.getTime());
}

/** The state once one more failure has been counted at `now`. */
export function afterFailure(state: ThrottleState | null, now: Date, policy: ThrottlePolicy): ThrottleState {
  const forgotten = !state || now.getTime() - state.lastFailureAt.getTime() > policy.forgetAfterMs;
  const failures = (forgotten ? 0 : state.failures) + 1;
  const lock = lockDurationMs(failures, policy);
  return { failures, lastFailureAt: now, lockedUntil: lock > 0 ? new Date(now.getTime() + lock) : null };
}

/** The state once a counted attempt turned out to be a success after all (addresses only: accounts start over). */
export function afterSuccess(state: ThrottleState, policy: ThrottlePolicy): ThrottleState {
  const failures = Math.max(0, state.failures - 1);
  return { ...state, failures, lockedUntil: failures >= policy.freeFailures ? state.lockedUntil : null };
}

/**
 * The throttling key of an address: IPv4 as is, IPv6 by its /64 (one subscriber's whole
 * network, which they can rotate through freely), IPv4-mapped IPv6 as the IPv4.
 */
export function addressKey(address: string): string | null {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return null;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = address.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
