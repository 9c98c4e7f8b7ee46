import { describe, expect, it } from 'vitest';
import { quietUntil } from './quiet-hours.js';

describe('quiet hours (21:00–06:00 WIB)', () => {
  it('holds a message sent at night until 06:00 WIB, the same night or the next morning', () => {
    // 22:30 WIB on 8 Dec = 15:30 UTC → 06:00 WIB on 9 Dec = 23:00 UTC on 8 Dec.
    expect(quietUntil(new Date('2026-12-08T15:30:00Z'), '21-6')?.toISOString()).toBe('2026-12-08T23:00:00.000Z');
    // 02:00 WIB on 9 Dec = 19:00 UTC on 8 Dec → same 06:00 WIB.
    expect(quietUntil(new Date('2026-12-08T19:00:00Z'), '21-6')?.toISOString()).toBe('2026-12-08T23:00:00.000Z');
    // 21:00 WIB exactly is quiet; 06:00 WIB exactly is not.
    expect(quietUntil(new Date('2026-12-08T14:00:00Z'), '21-6')).not.toBeNull();
    expect(quietUntil(new Date('2026-12-08T23:00:00Z'), '21-6')).toBeNull();
  });

  it('lets daytime messages through, and no quiet hours when unset', () => {
    expect(quietUntil(new Date('2026-12-08T03:00:00Z'), '21-6')).toBeNull(); // 10:00 WIB
    expect(quietUntil(new Date('2026-12-08T15:30:00Z'), '')).toBeNull();
  });
});
