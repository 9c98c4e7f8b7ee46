import { describe, expect, it } from 'vitest';
import { formatDate, formatRupiah, initials, slaParts } from './format';

const normalise = (s: string) => s.replace(/\s/g, ' ');

describe('formatRupiah', () => {
  it('formats whole rupiah with dots and no decimals', () => {
    expect(normalise(formatRupiah(150000))).toBe('Rp 150.000');
    expect(normalise(formatRupiah(2500000))).toBe('Rp 2.500.000');
    expect(normalise(formatRupiah(0))).toBe('Rp 0');
  });

  it('rounds away fractions', () => {
    expect(normalise(formatRupiah(9999.6))).toBe('Rp 10.000');
  });
});

describe('formatDate', () => {
  it('writes Indonesian month names', () => {
    expect(formatDate('2026-12-01T05:00:00Z')).toBe('1 Desember 2026');
  });

  it('uses Asia/Jakarta, not UTC', () => {
    expect(formatDate('2026-11-30T18:30:00Z')).toBe('1 Desember 2026');
  });

  it('accepts Date objects and another locale', () => {
    expect(formatDate(new Date('2026-12-01T05:00:00Z'), 'en-GB')).toBe('1 December 2026');
  });
});

describe('initials', () => {
  it('takes the first letters of the first two words', () => {
    expect(initials('batik-gajah-oling')).toBe('BG');
    expect(initials('kopi')).toBe('K');
    expect(initials('---')).toBe('?');
  });
});

describe('slaParts', () => {
  it('keeps hours under a day and whole days as days', () => {
    expect(slaParts(6)).toEqual({ unit: 'hours', count: 6 });
    expect(slaParts(48)).toEqual({ unit: 'days', count: 2 });
    expect(slaParts(30)).toEqual({ unit: 'hours', count: 30 });
  });
});
