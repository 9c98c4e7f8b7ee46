import { bilingual, phoneSchema } from '@kampung/shared';
import { z } from 'zod';
import { emailSchema, signUpSchema } from '../users/user.validation.js';

const codeSchema = z
  .string()
  .trim()
  .regex(/^[0-9]{6}$/, bilingual('Kode terdiri dari 6 angka', 'The code has 6 digits'));

const tokenSchema = z.string().trim().min(1).max(100);

/** Exactly one of email and phone. */
export const requestPasswordResetSchema = z
  .object({ email: emailSchema.nullish(), phone: phoneSchema.nullish() })
  .refine((input) => !!input.email !== !!input.phone, {
    path: ['email'],
    message: bilingual('Isi email atau nomor HP (salah satu)', 'Give either an email or a phone number'),
  });

/** A reset link's token, or the phone number and the code sent to it. */
export const resetPasswordSchema = z
  .object({
    token: tokenSchema.nullish(),
    phone: phoneSchema.nullish(),
    code: codeSchema.nullish(),
    newPassword: signUpSchema.shape.password,
  })
  .refine((input) => (input.token ? !input.phone && !input.code : !!input.phone && !!input.code), {
    path: ['token'],
    message: bilingual(
      'Isi token tautan, atau nomor HP dan kode',
      'Give the link token, or the phone number and the code',
    ),
  });

export const requestSignInCodeSchema = z.object({ phone: phoneSchema });
export const signInWithCodeSchema = z.object({ phone: phoneSchema, code: codeSchema });
export const verifyPhoneSchema = z.object({ code: codeSchema });

export const requestContactChangeSchema = z
  .object({ email: emailSchema.nullish(), phone: phoneSchema.nullish() })
  .refine((input) => !!input.email !== !!input.phone, {
    path: ['email'],
    message: bilingual(
      'Isi email baru atau nomor HP baru (salah satu)',
      'Give either a new email or a new phone number',
    ),
  });

export const confirmContactChangeSchema = z
  .object({ token: tokenSchema.nullish(), code: codeSchema.nullish() })
  .refine((input) => !!input.token !== !!input.code, {
    path: ['token'],
    message: bilingual('Isi token tautan atau kode (salah satu)', 'Give either the link token or the code'),
  });
