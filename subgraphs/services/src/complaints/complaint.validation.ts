import { bilingual, idSchema, villageCodeSchema } from '@kampung/shared';
import { z } from 'zod';

export const fileComplaintSchema = z.object({
  subject: z
    .string()
    .trim()
    .min(3, bilingual('Judul minimal 3 karakter', 'The subject needs at least 3 characters'))
    .max(160),
  body: z
    .string()
    .trim()
    .min(
      10,
      bilingual('Ceritakan keluhan Anda (minimal 10 karakter)', 'Describe the complaint (at least 10 characters)'),
    )
    .max(5000),
  serviceSlug: z.string().trim().max(120).nullish(),
  requestId: idSchema.nullish(),
  villageCode: villageCodeSchema.nullish(),
});
export const respondSchema = z.object({
  response: z.string().trim().min(1, bilingual('Tanggapan wajib diisi', 'A response is required')).max(5000),
});
