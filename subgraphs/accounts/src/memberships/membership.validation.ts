import { bilingual, PLACE_ROLES } from '@kampung/shared';
import { z } from 'zod';
import { emailSchema } from '../users/user.validation.js';

export const grantMembershipSchema = z.object({
  email: emailSchema,
  role: z.enum(PLACE_ROLES),
  placeCode: z
    .string()
    .trim()
    .regex(
      /^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/,
      bilingual('Kode wilayah harus seperti 35.10.06.2003', 'A place code looks like 35.10.06.2003'),
    ),
});

export const membershipsFilterSchema = z.object({
  placeCode: z
    .string()
    .trim()
    .regex(
      /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/,
      bilingual('Kode wilayah harus seperti 35.10.06.2003', 'A place code looks like 35.10.06.2003'),
    )
    .nullish(),
});
