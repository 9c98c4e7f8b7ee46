import { bilingual } from '@kampung/shared';
import { z } from 'zod';
import { idSchema } from '../catalogue/catalogue.validation.js';
import type { FormField, FormFieldKind } from '../catalogue/form-field.js';

const sixteenDigits = (id: string, en: string) => z.string().trim().regex(/^\d{16}$/, bilingual(id, en));

const ANSWER: Record<FormFieldKind, (field: FormField) => z.ZodType> = {
  TEXT: () => z.string().trim().min(1).max(2000),
  NUMBER: () => z.number(),
  DATE: () => z.iso.date(bilingual('Tanggal tidak valid (TTTT-BB-HH)', 'Date is not valid (YYYY-MM-DD)')),
  CHOICE: (field) => z.enum((field.options ?? []) as [string, ...string[]]),
  FILE: () => z.string().trim().min(1).max(300),
  NIK: () => sixteenDigits('NIK harus 16 angka', 'NIK must be 16 digits'),
  KK: () => sixteenDigits('Nomor KK harus 16 angka', 'Family card number must be 16 digits'),
};

/** Answers for a service's form: every required field, no field the form does not have. */
export function answersSchema(fields: readonly FormField[]) {
  const shape = Object.fromEntries(fields.map((field) => {
    const answer = ANSWER[field.type](field);
    return [field.key, field.required ? answer : answer.optional()];
  }));
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? bilingual(`Isian tidak dikenal: ${issue.keys.join(', ')}`, `Unknown fields: ${issue.keys.join(', ')}`) : undefined),
  });
}

export const submitSchema = z.object({
  serviceId: idSchema,
  applicantId: idSchema,
  answers: z.record(z.string(), z.unknown()).default({}),
});
export type SubmitRequestInput = z.input<typeof submitSchema>;
