import { bilingual, villageCodeSchema } from '@kampung/shared';
import { z } from 'zod';
import { AUDIENCES, MODULE_KINDS } from './training.entities.js';

export const courseInputSchema = z.object({
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
  title: z
    .string()
    .trim()
    .min(3, bilingual('Judul minimal 3 karakter', 'The title needs at least 3 characters'))
    .max(200),
  summary: z.string().trim().min(1).max(400),
  audience: z.enum(AUDIENCES),
  published: z.boolean(),
  modules: z
    .array(
      z.object({
        title: z.string().trim().min(1).max(200),
        kind: z.enum(MODULE_KINDS),
        body: z.string().trim().max(20000).default(''),
        url: z.url(bilingual('Tautan tidak valid', 'The link is not valid')).nullish(),
      }),
    )
    .min(1, bilingual('Minimal satu modul', 'At least one module'))
    .max(50),
  villageCode: villageCodeSchema.nullish(),
});
export type CourseInput = z.input<typeof courseInputSchema>;
