import { bilingual, phoneSchema, villageCodeSchema } from '@kampung/shared';
import { z } from 'zod';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email(bilingual('Format email tidak valid', 'Email address is not valid')));

const nameSchema = z
  .string()
  .trim()
  .min(2, bilingual('Nama minimal 2 huruf', 'Name needs at least 2 letters'))
  .max(100);

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: z
    .string()
    .min(8, bilingual('Kata sandi minimal 8 karakter', 'Password needs at least 8 characters'))
    .max(200, bilingual('Kata sandi maksimal 200 karakter', 'Password may have at most 200 characters')),
  phone: phoneSchema.nullish(),
});

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
});

/** Left out: unchanged; null clears (the name cannot be cleared). */
export const updateProfileSchema = z.object({
  name: nameSchema.optional(),
  phone: phoneSchema.nullish(),
  villageCode: villageCodeSchema.nullish(),
});
