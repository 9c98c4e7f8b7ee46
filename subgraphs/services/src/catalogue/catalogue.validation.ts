import { bilingual } from '@kampung/shared';
import { z } from 'zod';
import { formFieldsSchema } from './form-field.js';

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

const lines = z.array(z.string().trim().min(1).max(300)).max(30);
export const serviceInputSchema = z.object({
  name: z.string().trim().min(3, bilingual('Nama minimal 3 karakter', 'Name needs at least 3 characters')).max(160),
  summary: z.string().trim().min(1).max(300),
  description: z.string().trim().min(1).max(5000),
  requirements: lines,
  steps: lines,
  slaHours: z
    .number()
    .int()
    .min(1, bilingual('Waktu layanan minimal 1 jam', 'Promised time is at least 1 hour'))
    .max(24 * 90),
  fee: z.number().int().min(0, bilingual('Biaya tidak boleh negatif', 'Fee cannot be negative')),
  office: z.string().trim().min(1).max(200),
  openingHours: z.string().trim().max(200),
  isLetter: z.boolean(),
  needsDistrictCosign: z.boolean().nullish(),
  letterTemplate: z
    .string()
    .trim()
    .max(3000)
    .nullish()
    .transform((v) => v ?? ''),
  formFields: formFieldsSchema,
});
export type ServiceInput = z.input<typeof serviceInputSchema>;
export const createServiceSchema = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      bilingual(
        'Slug hanya huruf kecil, angka dan tanda hubung',
        'Slug may only have lower-case letters, digits and hyphens',
      ),
    )
    .max(120),
  categoryCode: z.string().trim().toUpperCase().min(2).max(40),
});

/** A village's overrides of a template: absent = leave as it is, null = back to the template's value. */
export const villageOverridesSchema = z
  .object({
    fee: z
      .number()
      .int()
      .min(0, bilingual('Biaya tidak boleh negatif', 'Fee cannot be negative'))
      .max(100_000_000, bilingual('Biaya terlalu besar', 'Fee is too large'))
      .nullish(),
    slaHours: z
      .number()
      .int()
      .min(1, bilingual('Waktu layanan minimal 1 jam kerja', 'Promised time is at least 1 working hour'))
      .max(24 * 90, bilingual('Waktu layanan maksimal 2160 jam kerja', 'Promised time is at most 2160 working hours'))
      .nullish(),
    office: z
      .string()
      .trim()
      .min(1, bilingual('Tempat layanan wajib diisi', 'Office is required'))
      .max(200, bilingual('Tempat layanan maksimal 200 karakter', 'Office may have at most 200 characters'))
      .nullish(),
    extraRequirements: lines.nullish(),
    extraFormFields: formFieldsSchema.nullish(),
  })
  .default({});
export type VillageOverrides = z.input<typeof villageOverridesSchema>;
