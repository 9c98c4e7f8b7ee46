import { describe, expect, it } from 'vitest';
import { ikmFraction, ikmGrade, ikmHundredths } from './ikm.js';

const index = (sums: number[], counts: number[]) => ikmHundredths(ikmFraction({ sums, counts })!);

describe('IKM', () => {
  it('computes a worked example: 4 respondents', () => {
    // element averages 3.5, 3.25, 3, 3.75, 3.5, 3.25, 4, 3, 3.5 → mean 3.416̅ → IKM 85.416̅
    const sums = [14, 13, 12, 15, 14, 13, 16, 12, 14];
    expect(index(sums, Array(9).fill(4))).toBe(8542);
    expect(ikmGrade(8542)).toBe('B');
  });
  it('is 100 when everyone gives 4 and 25 when everyone gives 1', () => {
    expect(index(Array(9).fill(12), Array(9).fill(3))).toBe(10000);
    expect(index(Array(9).fill(3), Array(9).fill(3))).toBe(2500);
  });
  it('handles elements answered by different numbers of people exactly', () => {
    const fraction = ikmFraction({ sums: [4, 3, 3, 3, 3, 3, 3, 3, 7], counts: [1, 1, 1, 1, 1, 1, 1, 1, 2] })!;
    // (4 + 7×3 + 3.5) / 9 × 25 = 28.5 / 9 × 25 = 79.1666…
    expect(Number(fraction.numerator) / Number(fraction.denominator)).toBeCloseTo(79.1667, 4);
    expect(ikmHundredths(fraction)).toBe(7917);
  });
  it('grades at the boundaries', () => {
    expect(ikmGrade(10000)).toBe('A');
    expect(ikmGrade(8831)).toBe('A');
    expect(ikmGrade(8830)).toBe('B');
    expect(ikmGrade(7661)).toBe('B');
    expect(ikmGrade(7660)).toBe('C');
    expect(ikmGrade(6500)).toBe('C');
    expect(ikmGrade(6499)).toBe('D');
    expect(ikmGrade(2500)).toBe('D');
  });
  it('lands exactly on 88.30 and 88.31 from real answers', () => {
    // 88.30 = 25 × 3.532: 1000 respondents, total 31788 over 9 elements → 25 × 31788 / 9000 = 88.3
    expect(index(Array(9).fill(3532), Array(9).fill(1000))).toBe(8830);
    expect(ikmGrade(8830)).toBe('B');
    // 25 × 3.5324 = 88.31
    expect(index(Array(9).fill(35324), Array(9).fill(10000))).toBe(8831);
    expect(ikmGrade(8831)).toBe('A');
    // 76.60 vs 76.61: 25 × 3.064 and 25 × 3.0644
    expect(index(Array(9).fill(3064), Array(9).fill(1000))).toBe(7660);
    expect(index(Array(9).fill(30644), Array(9).fill(10000))).toBe(7661);
  });
  it('has no index without answers', () => {
    expect(ikmFraction({ sums: Array(9).fill(0), counts: Array(9).fill(0) })).toBeNull();
  });
});
