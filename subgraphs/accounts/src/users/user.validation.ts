import { bilingual, phoneSchema } from '@kampung/shared';
import { z } from 'zod';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email(bilingual('Format email tidak valid', 'Email address is not valid')));

export const signUpSchema = z.object({
  name: z.string().trim().min(2, bilingual('Nama minimal 2 huruf', 'Name needs at least 2 letters')).max(100),
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
