import { describe, expect, it } from 'vitest';
import { formatLetterNumber, indonesianDate, initialsOf, wibYear } from './letter-number.js';

describe('letter details', () => {
  it('formats the number', () => {
    expect(formatLetterNumber(1, '429.501.01', 2026)).toBe('470/0001/429.501.01/2026');
    expect(formatLetterNumber(1234, '429.501.01', 2026)).toBe('470/1234/429.501.01/2026');
  });
  it('writes dates in Indonesian, in WIB', () => {
    expect(indonesianDate(new Date('2026-12-01T03:00:00Z'))).toBe('1 Desember 2026');
    expect(indonesianDate(new Date('2026-12-31T18:00:00Z'))).toBe('1 Januari 2027');
    expect(wibYear(new Date('2026-12-31T18:00:00Z'))).toBe(2027);
  });
  it('keeps initials only', () => {
    expect(initialsOf('siti  rahayu')).toBe('S. R.');
  });
});

describe('letter statement', () => {
  it('fills the service template, or uses the standard text', async () => {
    const { statementOf } = await import('./letter.pdf.js');
    const base = {
      village: 'Kemiren',
      purpose: 'beasiswa',
      applicant: { name: 'Siti Rahayu', nik: '-', address: 'RT 01' },
    };
    expect(statementOf({ ...base, template: '' })).toBe(
      'adalah benar warga Desa Kemiren. Surat keterangan ini dibuat untuk keperluan: beasiswa.',
    );
    expect(statementOf({ ...base, template: '{nama} di {alamat} tergolong keluarga tidak mampu ({x}).' })).toBe(
      'Siti Rahayu di RT 01 tergolong keluarga tidak mampu ({x}).',
    );
  });
});
