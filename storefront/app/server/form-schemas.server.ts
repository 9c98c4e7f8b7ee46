import { z } from 'zod';

/** One zod schema per form; messages are message keys (forms.server.ts `parseForm` translates them). */
const required = z.string().trim().min(1, 'auth.required');
const optional = z
  .string()
  .trim()
  .transform((value) => value || undefined);

export const signInForm = z.object({ email: required, password: required });

export const signUpForm = z.object({ name: required, email: required, password: required, phone: optional });
