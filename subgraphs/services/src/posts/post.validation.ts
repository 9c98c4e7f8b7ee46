import { bilingual, villageCodeSchema } from '@kampung/shared';
import { z } from 'zod';
import { POST_KINDS } from './post.entity.js';

export const postInputSchema = z.object({
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
  kind: z.enum(POST_KINDS),
  title: z
    .string()
    .trim()
    .min(3, bilingual('Judul minimal 3 karakter', 'The title needs at least 3 characters'))
    .max(200),
  summary: z.string().trim().min(1).max(400),
  body: z.string().trim().min(1).max(20000),
  coverKey: z
    .string()
    .trim()
    .regex(/^covers\/[a-z0-9-]+\.(jpg|png)$/, bilingual('Foto sampul tidak valid', 'Cover photo is not valid'))
    .nullish(),
  eventAt: z.date().nullish(),
  place: z.string().trim().max(200).nullish(),
  villageCode: villageCodeSchema.nullish(),
});
export type PostInput = z.input<typeof postInputSchema>;
