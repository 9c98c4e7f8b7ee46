import { z } from 'zod';
import { createT, type Locale, type MessageKey } from '../i18n';
import type { ApiError, FieldError } from './graphql.server';

export type FormErrors<F extends string = string> = { fields: Partial<Record<F, string>>; form?: string };

/** Reads named text fields from a form; missing ones become "". */
export function readFields<F extends string>(form: FormData, names: readonly F[]): Record<F, string> {
  const values = {} as Record<F, string>;
  for (const name of names) {
    const value = form.get(name);
    values[name] = typeof value === 'string' ? value.trim() : '';
  }
  return values;
}

/**
 * Checks a form with its zod schema (form-schemas.server.ts), whose messages are message keys;
 * the first problem of each field is shown in the reader's language. Fields missing from the
 * form are read as "".
 */
export function parseForm<S extends z.ZodObject | z.ZodPipe<z.ZodObject>>(
  schema: S,
  form: FormData | Record<string, string>,
  locale: Locale,
): { data: z.output<S>; errors?: undefined } | { data?: undefined; errors: FormErrors } {
  const shape = (schema instanceof z.ZodPipe ? (schema.in as z.ZodObject) : (schema as z.ZodObject)).shape;
  const values: Record<string, string> = {};
  for (const name of Object.keys(shape)) {
    const value = form instanceof FormData ? form.get(name) : form[name];
    values[name] = typeof value === 'string' ? value : '';
  }
  const result = schema.safeParse(values);
  if (result.success) return { data: result.data as z.output<S> };
  const t = createT(locale);
  const fields: Partial<Record<string, string>> = {};
  for (const issue of result.error.issues) fields[String(issue.path[0] ?? '')] ??= t(issue.message as MessageKey);
  return { errors: { fields } };
}

/** For forms whose schema only shapes text and cannot refuse it: the values (a 400 if it ever does). */
export function readForm<S extends z.ZodObject | z.ZodPipe<z.ZodObject>>(
  schema: S,
  form: FormData | Record<string, string>,
): z.output<S> {
  const parsed = parseForm(schema, form, 'id');
  if (parsed.errors) throw new Response('Bad Request', { status: 400 });
  return parsed.data;
}

/** The API's own message in the reader's language: `extensions.messageId` / `messageEn`. */
function apiMessage(error: { messageId?: string; messageEn?: string }, locale: Locale): string | undefined {
  return locale === 'en' ? error.messageEn : error.messageId;
}

const fieldMessage = (f: FieldError, locale: Locale) => (locale === 'en' ? f.messageEn : (f.messageId ?? f.message));

export type ToFormErrorsOptions<F extends string> = {
  /** The form's field names; an API field outside them becomes part of the form's message. Omitted: any. */
  known?: readonly F[];
  /** The API's prefix for this form's fields (`answers.` for an application form); omitted: the last path segment. */
  under?: string;
};

/**
 * The one mapping from an API failure to what a form shows, in the reader's language:
 * BAD_USER_INPUT `extensions.fields` onto the form's fields, everything else as one message
 * (the API's own `messageId`/`messageEn` when it sent them).
 */
export function toFormErrors<F extends string = string>(
  error: ApiError,
  locale: Locale,
  { known, under }: ToFormErrorsOptions<F> = {},
): FormErrors<F> {
  const t = createT(locale);
  if (error.kind === 'network') return { fields: {}, form: t('error.unavailable.text') };
  if (error.code !== 'BAD_USER_INPUT') {
    const fallback = error.code === 'UNAUTHENTICATED' ? t('auth.invalidCredentials') : t('error.generic');
    return { fields: {}, form: apiMessage(error, locale) ?? fallback };
  }
  const fields: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const f of error.fields) {
    const name = (
      under ? (f.field.startsWith(under) ? f.field.slice(under.length) : null) : f.field.split('.').pop()
    ) as F | null;
    const message = fieldMessage(f, locale);
    if (name && (!known || known.includes(name))) fields[name] = fields[name] ?? message;
    else other.push(message);
  }
  const form = other.length
    ? other.join(' ')
    : error.fields.length
      ? undefined
      : (apiMessage(error, locale) ?? t('error.generic'));
  return { fields, form };
}

/** One line for a form that shows no field errors: its message, else the first field's. */
export function formMessage(error: ApiError, locale: Locale): string {
  const { form, fields } = toFormErrors(error, locale);
  return form ?? Object.values(fields).find(Boolean) ?? createT(locale)('error.generic');
}
