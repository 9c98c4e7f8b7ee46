import { describe, expect, it } from 'vitest';
import { maskNumber, nikProblem } from './nik.js';

describe('NIK plausibility', () => {
  it.each(['3510014507900001', '3510010505900002', '1101012902000003', '9471016902000004'])('accepts %s', (nik) => {
    expect(nikProblem(nik)).toBeNull();
  });
  it.each([
    ['351001450790000', 'NIK must be 16 digits'],
    ['35100145079000a1', 'NIK must be 16 digits'],
    ['1010014507900001', 'The NIK region code is not known'],
    ['9510014507900001', 'The NIK region code is not known'],
    ['3510013202900001', 'The birth date inside the NIK is not valid'],
    ['3510017202900001', 'The birth date inside the NIK is not valid'],
    ['3510012902010001', 'The birth date inside the NIK is not valid'],
    ['3510010013900001', 'The birth date inside the NIK is not valid'],
    ['3510014507900000', 'The NIK serial may not be 0000'],
  ])('refuses %s: %s', (nik, en) => {
    expect(nikProblem(nik)?.en).toBe(en);
  });
  it('masks all but the region and the serial', () => {
    expect(maskNumber('3510014507900001')).toBe('3510********0001');
  });
});
