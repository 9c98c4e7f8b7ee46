import { bilingual, DEFAULT_VILLAGE_CODE, idSchema, isStorageKey, villageCodeSchema } from '@kampung/shared';
import { z } from 'zod';
import type { FormField, FormFieldKind } from '../catalogue/form-field.js';
import { nikProblem } from './nik.js';

const nik = () =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = nikProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: bilingual(problem.id, problem.en) });
    });

const ANSWER: Record<FormFieldKind, (field: FormField) => z.ZodType> = {
  TEXT: () => z.string().trim().min(1).max(2000),
  NUMBER: () =>
    z.union([
      z.number(),
      z
        .string()
        .trim()
        .regex(/^-?\d+([.,]\d+)?$/, bilingual('Isi dengan angka', 'Enter a number'))
        .transform((v) => Number(v.replace(',', '.'))),
    ]),
  DATE: () => z.iso.date(bilingual('Tanggal tidak valid (TTTT-BB-HH)', 'Date is not valid (YYYY-MM-DD)')),
  CHOICE: (field) =>
    z.enum(
      (field.options ?? []) as [string, ...string[]],
      bilingual('Pilih salah satu pilihan yang tersedia', 'Pick one of the choices offered'),
    ),
  FILE: () =>
    z
      .string()
      .trim()
      .refine(
        (key) => isStorageKey(key) && key.startsWith('attachments/'),
        bilingual('Berkas tidak valid, unggah ulang', 'File is not valid, upload it again'),
      ),
  NIK: nik,
  KK: () =>
    z
      .string()
      .trim()
      .regex(/^\d{16}$/, bilingual('Nomor KK harus 16 angka', 'Family card number must be 16 digits')),
};

/** Answers for a service's form: every required field, no field the form does not have. */
export function answersSchema(fields: readonly FormField[]) {
  const shape = Object.fromEntries(
    fields.map((field) => {
      const answer = ANSWER[field.type](field);
      return [field.key, field.required ? answer : answer.optional()];
    }),
  );
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? bilingual(`Isian tidak dikenal: ${issue.keys.join(', ')}`, `Unknown fields: ${issue.keys.join(', ')}`)
        : undefined,
  });
}

/** Empty optional answers (a form posts every field) count as not given. */
export function withoutBlanks(answers: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== '' && v !== null && v !== undefined));
}

export const submitSchema = z.object({
  serviceId: idSchema,
  applicantId: idSchema,
  /** The village office applied to; Sembulung when not given (decision 021). */
  villageCode: villageCodeSchema.nullish().transform((code) => code ?? DEFAULT_VILLAGE_CODE),
  answers: z.record(z.string(), z.unknown()).default({}),
});

export type SubmitRequestInput = z.input<typeof submitSchema>;

export const noteSchema = z
  .string()
  .trim()
  .max(1000, bilingual('Catatan maksimal 1000 karakter', 'A note may have at most 1000 characters'))
  .nullish();
