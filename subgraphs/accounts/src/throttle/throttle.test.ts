import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_POLICY,
  addressKey,
  afterFailure,
  afterSuccess,
  lockDurationMs,
  retryAfterMs,
  type ThrottleState,
} from './throttle.js';

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 1, 12, 0, 0) + seconds * 1_000);

function failTimes(count: number, start = 0): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (let i = 0; i < count; i++) state = afterFailure(state, at(start + i), ACCOUNT_POLICY);
  return state;
}

describe('sign-in back-off arithmetic', () => {
  it('allows five failures, then locks 1 s, 2 s, 4 s … and stops at 15 minutes', () => {
    expect([1, 2, 3, 4].map((n) => lockDurationMs(n, ACCOUNT_POLICY))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 14].map((n) => lockDurationMs(n, ACCOUNT_POLICY))).toEqual([
      1_000, 2_000, 4_000, 8_000, 512_000,
    ]);
    expect(lockDurationMs(15, ACCOUNT_POLICY)).toBe(900_000);
    expect(lockDurationMs(10_000, ACCOUNT_POLICY)).toBe(900_000);
  });

  it('counts failures and sets the lock from the moment of the failure', () => {
    const fourth = failTimes(4);
    expect(fourth).toMatchObject({ failures: 4, lockedUntil: null });
    expect(retryAfterMs(fourth, at(4))).toBe(0);
    const fifth = afterFailure(fourth, at(10), ACCOUNT_POLICY);
    expect(fifth).toEqual({ failures: 5, lastFailureAt: at(10), lockedUntil: at(11) });
    expect(retryAfterMs(fifth, at(10.25))).toBe(750);
    expect(retryAfterMs(fifth, at(11))).toBe(0);
    expect(afterFailure(fifth, at(11), ACCOUNT_POLICY).lockedUntil).toEqual(at(13));
  });

  it('forgets failures after an hour without one', () => {
    const locked = failTimes(9);
    expect(afterFailure(locked, at(8 + 3_600), ACCOUNT_POLICY).failures).toBe(10);
    expect(afterFailure(locked, at(8 + 3_601), ACCOUNT_POLICY)).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it('takes back a counted attempt that succeeded, lifting the lock only below the threshold', () => {
    const five = failTimes(5)!;
    expect(afterSuccess(five, ACCOUNT_POLICY)).toMatchObject({ failures: 4, lockedUntil: null });
    const seven = failTimes(7)!;
    expect(afterSuccess(seven, ACCOUNT_POLICY)).toMatchObject({ failures: 6, lockedUntil: seven.lockedUntil });
  });
});

describe('address keys', () => {
  it('keeps IPv4, unwraps IPv4-mapped IPv6 and groups IPv6 by /64', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('2001:db8:abcd:12:1:2:3:4')).toBe('2001:db8:abcd:12::/64');
    expect(addressKey('2001:0db8:abcd:0012::9')).toBe('2001:db8:abcd:12::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('not-an-address')).toBeNull();
  });
});
