import { describe, expect, it } from 'vitest';
import { MinuteCounts, parseIntegers } from './percentiles.js';

/** percentile_cont as PostgreSQL defines it, over the values themselves (the reference). */
function reference(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const first = Math.floor(position);
  const second = Math.ceil(position);
  return second === first ? sorted[first]! : sorted[first]! + (sorted[second]! - sorted[first]!) * (position - first);
}

function countsOf(values: number[]): MinuteCounts {
  const tally = new Map<number, number>();
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
  const counts = new MinuteCounts();
  for (const [value, count] of tally) counts.add(value, count);
  return counts;
}

describe('percentiles from a histogram of minutes', () => {
  it('interpolates between the two neighbouring order statistics, as percentile_cont does', () => {
    const counts = countsOf([60, 120, 180, 240, 600]);
    expect(counts.percentiles([0.5, 0.9])).toEqual([180, 456]); // 240 + 0.6 × 360
    const four = countsOf([1, 2, 3, 4]);
    expect(four.percentiles([0.5, 0.9])).toEqual([2.5, 3.7]);
    expect(countsOf([7]).percentiles([0, 0.5, 0.9, 1])).toEqual([7, 7, 7, 7]);
    expect(new MinuteCounts().percentiles([0.5, 0.9])).toEqual([null, null]);
  });

  it('counts repeated values (one histogram entry with a count, or several rows of the same value)', () => {
    const counts = new MinuteCounts();
    counts.addText('10,20,30', '3,1,1');
    counts.addText('20', '2');
    expect(counts.size).toBe(7);
    expect(counts.percentiles([0.5, 0.9])).toEqual([
      reference([10, 10, 10, 20, 20, 20, 30], 0.5),
      reference([10, 10, 10, 20, 20, 20, 30], 0.9),
    ]);
  });

  it('equals the reference for random data, dense or spread out, with ties, negatives and merges', () => {
    let state = 42;
    const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let round = 0; round < 300; round++) {
      const size = 1 + Math.floor(next() * 400);
      // Narrow ranges take the dense path; ranges of millions over few values take the sorted one.
      const range = [5, 900, 50_000, 5_000_000][round % 4]!;
      const values = Array.from({ length: size }, () => Math.floor(next() * range) - (round % 7 === 0 ? 100 : 0));
      const half = Math.floor(size / 2);
      const merged = countsOf(values.slice(0, half));
      merged.addAll(countsOf(values.slice(half)));
      const fractions = [0, 0.1, 0.5, 0.9, 0.99, 1];
      const expected = fractions.map((p) => reference(values, p));
      expect(countsOf(values).percentiles(fractions), `round ${round}`).toEqual(expected);
      expect(merged.percentiles(fractions), `round ${round}, merged`).toEqual(expected);
    }
  });

  it('reads the integer lists SQL array_to_string gives, and refuses anything else', () => {
    expect(parseIntegers('')).toEqual([]);
    expect(parseIntegers('0')).toEqual([0]);
    expect(parseIntegers('12,-3,40,2147483647')).toEqual([12, -3, 40, 2_147_483_647]);
    expect(() => parseIntegers('1,2.5')).toThrow('not an integer list');
    const counts = new MinuteCounts();
    expect(() => counts.addText('1,2', '1')).toThrow('differ in length');
    expect(() => counts.addText('1', '0')).toThrow('not positive');
    expect(() => counts.add(2 ** 31, 1)).toThrow('not an int4');
    expect(() => counts.add(1.5, 1)).toThrow('not an int4');
    expect(counts.size).toBe(0);
  });
});
