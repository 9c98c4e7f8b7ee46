import { bilingual } from '@kampung/shared';
import { z } from 'zod';

export const FORM_FIELD_TYPES = ['TEXT', 'NUMBER', 'DATE', 'CHOICE', 'FILE', 'NIK', 'KK'] as const;
export type FormFieldKind = (typeof FORM_FIELD_TYPES)[number];

export const formFieldSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/, bilingual('Kunci isian tidak valid', 'Field key is not valid')),
    label: z.string().trim().min(1).max(120),
    type: z.enum(FORM_FIELD_TYPES),
    required: z.boolean(),
    help: z.string().trim().max(300).nullish(),
    options: z.array(z.string().trim().min(1).max(120)).max(50).nullish(),
  })
  .refine((field) => field.type !== 'CHOICE' || (field.options?.length ?? 0) > 0, {
    path: ['options'],
    message: bilingual('Pilihan wajib diisi untuk isian pilihan', 'A choice field needs options'),
  });
export type FormField = z.infer<typeof formFieldSchema>;

export const formFieldsSchema = z
  .array(formFieldSchema)
  .max(40)
  .refine(
    (fields) => new Set(fields.map((f) => f.key)).size === fields.length,
    bilingual('Kunci isian harus unik', 'Field keys must be unique'),
  );
