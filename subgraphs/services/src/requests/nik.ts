import type { Message } from '@kampung/shared';

/**
 * Plausibility of a 16-digit NIK: province code 11–94, a real birth date DDMMYY (women add
 * 40 to DD) and a serial other than 0000. It cannot prove the number was issued.
 */
export function nikProblem(nik: string): Message | null {
  if (!/^\d{16}$/.test(nik)) return { id: 'NIK harus 16 angka', en: 'NIK must be 16 digits' };
  const province = Number(nik.slice(0, 2));
  if (province < 11 || province > 94)
    return { id: 'Kode wilayah NIK tidak dikenal', en: 'The NIK region code is not known' };
  let day = Number(nik.slice(6, 8));
  if (day > 40) day -= 40;
  const month = Number(nik.slice(8, 10));
  const year = 2000 + Number(nik.slice(10, 12));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { id: 'Tanggal lahir dalam NIK tidak valid', en: 'The birth date inside the NIK is not valid' };
  }
  if (nik.slice(12) === '0000') return { id: 'Nomor urut NIK tidak boleh 0000', en: 'The NIK serial may not be 0000' };
  return null;
}

/** `3510********0001`: the region and the last four digits only. */
export const maskNumber = (value: string): string =>
  value.length === 16 ? `${value.slice(0, 4)}********${value.slice(12)}` : '****';
