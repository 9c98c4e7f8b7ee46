import { describe, expect, it } from 'vitest';
import { coalesced } from './response-cache.js';

describe('coalesced invalidation announcements', () => {
  it('runs once at a time and once more after the last call of a burst', async () => {
    const runs: number[] = [];
    let calls = 0;
    let release: () => void = () => {};
    const announce = coalesced(async () => {
      runs.push(calls);
      await new Promise<void>((resolve) => (release = resolve));
    });
    calls = 1;
    announce();
    for (calls = 2; calls <= 5; calls++) announce();
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The first call, then one for the four that came while it ran (seen after the last of them).
    expect(runs).toEqual([1, 6]);
    announce();
    release();
    expect(runs).toHaveLength(3);
  });
});
