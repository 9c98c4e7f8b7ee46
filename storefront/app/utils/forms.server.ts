import { createT, type Locale } from '../i18n';
import type { ApiError } from './graphql.server';

export type FormErrors<F extends string> = { fields: Partial<Record<F, string>>; form?: string };

/** Reads named text fields from a form; missing ones become "". */
export function readFields<F extends string>(form: FormData, names: readonly F[]): Record<F, string> {
  const values = {} as Record<F, string>;
  for (const name of names) {
    const value = form.get(name);
    values[name] = typeof value === 'string' ? value.trim() : '';
  }
  return values;
}

export function requireFields<F extends string>(
  values: Record<F, string>,
  required: readonly NoInfer<F>[],
  locale: Locale,
): FormErrors<F> | null {
  const t = createT(locale);
  const fields: Partial<Record<F, string>> = {};
  for (const name of required) if (!values[name]) fields[name] = t('auth.required');
  return Object.keys(fields).length ? { fields } : null;
}

/** "Email tidak valid / Email is not valid" → the half for the locale. */
function pickMessage(message: string, locale: Locale): string {
  const [id, en] = message.split(' / ');
  return (locale === 'en' ? en : id) ?? message;
}

/** Maps an API failure to field errors (BAD_USER_INPUT `extensions.fields`) or one form error. */
export function toFormErrors<F extends string>(error: ApiError, known: readonly F[], locale: Locale): FormErrors<F> {
  const t = createT(locale);
  if (error.kind === 'network') return { fields: {}, form: t('error.unavailable.text') };
  if (error.code === 'UNAUTHENTICATED') return { fields: {}, form: t('auth.invalidCredentials') };
  if (error.code === 'TOO_MANY_REQUESTS') return { fields: {}, form: pickMessage(error.message, locale) };
  if (error.code !== 'BAD_USER_INPUT') return { fields: {}, form: t('error.generic') };

  const fields: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const f of error.fields) {
    const name = f.field.split('.').pop() as F;
    const message = locale === 'en' ? f.messageEn : f.message;
    if (known.includes(name)) fields[name] = fields[name] ?? message;
    else other.push(message);
  }
  const form = other.length ? other.join(' ') : error.fields.length ? undefined : pickMessage(error.message, locale);
  return { fields, form };
}
