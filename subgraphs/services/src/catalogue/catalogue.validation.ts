import { bilingual } from '@kampung/shared';
import { z } from 'zod';

export const FEATURED_DEFAULT = 6;
export const FEATURED_MAX = 20;

const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, bilingual('Slug wajib diisi', 'Slug is required'))
  .max(120, bilingual('Slug maksimal 120 karakter', 'Slug may have at most 120 characters'))
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    bilingual(
      'Slug hanya huruf kecil, angka dan tanda hubung',
      'Slug may only have lower-case letters, digits and hyphens',
    ),
  );

const categoryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .min(2, bilingual('Kode kategori minimal 2 karakter', 'Category code needs at least 2 characters'))
  .max(40, bilingual('Kode kategori maksimal 40 karakter', 'Category code may have at most 40 characters'))
  .regex(
    /^[A-Z][A-Z_]*$/,
    bilingual(
      'Kode kategori hanya huruf besar dan garis bawah',
      'Category code may only have capital letters and underscores',
    ),
  );

export const serviceArgsSchema = z.object({ slug: slugSchema });

export const servicesArgsSchema = z.object({ categoryCode: categoryCodeSchema.nullish() });

export const featuredArgsSchema = z.object({
  limit: z
    .number()
    .int()
    .min(1, bilingual(`Jumlah harus 1–${FEATURED_MAX}`, `Limit must be between 1 and ${FEATURED_MAX}`))
    .max(FEATURED_MAX, bilingual(`Jumlah harus 1–${FEATURED_MAX}`, `Limit must be between 1 and ${FEATURED_MAX}`))
    .nullish()
    .transform((limit) => limit ?? FEATURED_DEFAULT),
});

export const idSchema = z.guid(bilingual('ID tidak valid', 'ID is not valid'));
export const isId = (value: string) => idSchema.safeParse(value).success;
