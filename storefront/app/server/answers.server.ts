import type { FormField } from '../components/services/DynamicField';
import type { VariablesOf } from '../graphql/graphql';
import type { SubmitRequestMutation } from '../graphql/services';
import { createT, type Locale } from '../i18n';
import { upload } from './upload.server';

type Answer = VariablesOf<typeof SubmitRequestMutation>['answers'][number];

const UPLOAD_MESSAGE = { tooBig: 'svc.apply.fileTooBig', type: 'svc.apply.fileType' } as const;

/** Reads a posted application form: text answers as they are, files uploaded to services first. */
export async function readAnswers(request: Request, form: FormData, fields: readonly FormField[], locale: Locale) {
  const t = createT(locale);
  const answers: Answer[] = [];
  const values: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const raw = form.get(field.key);
    if (field.type === 'FILE') {
      if (raw && typeof raw === 'object' && raw.size > 0) {
        const result = await upload(request, { kind: 'attachment' }, raw);
        if (result.ok && result.key) answers.push({ key: field.key, value: result.key });
        else
          errors[field.key] = t(
            !result.ok && (result.reason === 'tooBig' || result.reason === 'type')
              ? UPLOAD_MESSAGE[result.reason]
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
