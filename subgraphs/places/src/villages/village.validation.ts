import { bilingual, openingHoursSchema } from '@kampung/shared';
import { z } from 'zod';

const text = (max: number, [id, en]: [string, string]) =>
  z
    .string()
    .trim()
    .min(2, bilingual(`${id} minimal 2 karakter`, `${en} needs at least 2 characters`))
    .max(max, bilingual(`${id} maksimal ${max} karakter`, `${en} may have at most ${max} characters`));

/** Office fields an admin may change; `undefined` leaves a field as it is, `null` clears it. */
export const villageOfficeSchema = z.object({
  officeAddress: text(300, ['Alamat kantor', 'Office address']).nullish(),
  openingHours: openingHoursSchema.nullish(),
  headName: text(100, ['Nama kepala desa', "Village head's name"]).nullish(),
  headTitle: text(60, ['Jabatan kepala desa', "Village head's title"]).nullish(),
  letterCode: z
    .string()
    .trim()
    .regex(
      /^[0-9A-Za-z][0-9A-Za-z./-]{0,29}$/,
      bilingual(
        'Kode surat hanya angka, huruf, titik, garis miring (mis. 429.501.01)',
        'Letter code: digits, letters, dots, slashes (e.g. 429.501.01)',
      ),
    )
    .nullish(),
  logoUrl: z
    .string()
    .trim()
    .max(500)
    .regex(
      /^(https?:\/\/|\/)\S+$/,
      bilingual('Logo harus URL http(s) atau jalur /…', 'Logo must be an http(s) URL or a /… path'),
    )
    .nullish(),
  phone: z
    .string()
    .trim()
    .regex(
      /^(\+62|0)[0-9][0-9 -]{5,16}$/,
      bilingual('Nomor telepon tidak valid (mis. 0333 123456)', 'Phone number is not valid (e.g. 0333 123456)'),
    )
    .nullish(),
});

export type VillageOfficeChanges = z.output<typeof villageOfficeSchema>;
