import { bilingual } from '@kampung/shared';
import { z } from 'zod';

const MESSAGE = bilingual(
  'Tanggal harus berformat TTTT-BB-HH, mis. 2026-08-17',
  'Date must look like YYYY-MM-DD, e.g. 2026-08-17',
);

/** A real calendar date "YYYY-MM-DD" between 2000 and 2100. */
export const holidayDateSchema = z
  .string()
  .trim()
  .regex(/^(20\d\d|2100)-\d\d-\d\d$/, MESSAGE)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, MESSAGE);

const name = (id: string, en: string) =>
  z
    .string()
    .trim()
    .min(3, bilingual(`${id} minimal 3 karakter`, `${en} needs at least 3 characters`))
    .max(150, bilingual(`${id} maksimal 150 karakter`, `${en} may have at most 150 characters`));

export const holidayNamesSchema = z.object({
  name: name('Nama hari libur', 'Holiday name (Indonesian)'),
  nameEn: name('Nama hari libur (Inggris)', 'Holiday name (English)'),
});

export const holidaySchema = holidayNamesSchema.extend({
  date: holidayDateSchema,
  jointLeave: z.boolean().nullish(),
});

export const holidayYearSchema = z
  .number()
  .int()
  .min(2000, bilingual('Tahun harus 2000–2100', 'Year must be 2000–2100'))
  .max(2100, bilingual('Tahun harus 2000–2100', 'Year must be 2000–2100'));
