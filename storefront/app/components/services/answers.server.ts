import type { AnswerPair, FormFieldData } from '../../graphql/services';
import { createT, type Locale } from '../../i18n';
import type { ApiError } from '../../utils/graphql.server';
import { uploadAttachment } from './session.server';

export type AnswerErrors = { fields: Record<string, string>; form?: string };

/** Reads a posted application form: text answers as they are, files uploaded to services first. */
export async function readAnswers(request: Request, form: FormData, fields: FormFieldData[], locale: Locale) {
  const t = createT(locale);
  const answers: AnswerPair[] = [];
  const values: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const raw = form.get(field.key);
    if (field.type === 'FILE') {
      if (raw && typeof raw === 'object' && raw.size > 0) {
        const result = await uploadAttachment(request, raw);
        if ('key' in result) answers.push({ key: field.key, value: result.key });
        else
          errors[field.key] = t(
            result.error === 'tooBig'
              ? 'svc.apply.fileTooBig'
              : result.error === 'type'
                ? 'svc.apply.fileType'
                : 'svc.apply.fileFailed',
          );
      }
      continue;
    }
    const value = typeof raw === 'string' ? raw.trim() : '';
    values[field.key] = value;
    answers.push({ key: field.key, value });
  }
  return { answers, values, errors };
}

/** API field errors (`answers.nik`) onto the form's fields, in the reader's language. */
export function answerErrors(error: ApiError, locale: Locale): AnswerErrors {
  const t = createT(locale);
  if (error.kind === 'network') return { fields: {}, form: t('error.unavailable.text') };
  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (const f of error.fields) {
    const key = f.field.startsWith('answers.') ? f.field.slice('answers.'.length) : null;
    const message = locale === 'en' ? f.messageEn : f.message;
    if (key) fields[key] = fields[key] ?? message;
    else other.push(message);
  }
  const [id, en] = error.message.split(' / ');
  return {
    fields,
    form: other.length
      ? other.join(' ')
      : error.fields.length
        ? undefined
        : ((locale === 'en' ? en : id) ?? error.message),
  };
}
