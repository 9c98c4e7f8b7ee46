import type { z } from 'zod';
import { UserInputError, type FieldProblem, type Message } from './errors.js';

const SEPARATOR = '\u241E';

/** Field problems one BAD_USER_INPUT lists at most. */
export const MAX_REPORTED_PROBLEMS = 50;

/** A bilingual message for zod's `message` option: `z.string().min(1, bilingual('Wajib diisi', 'Required'))`. */
export function bilingual(id: string, en: string): string {
  return `${id}${SEPARATOR}${en}`;
}

function describe(issue: z.core.$ZodIssue): Message {
  if (issue.message.includes(SEPARATOR)) {
    const [id = '', en = ''] = issue.message.split(SEPARATOR);
    return { id, en };
  }
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? { id: 'Wajib diisi', en: 'Required' }
        : { id: 'Jenis isian tidak sesuai', en: 'Wrong kind of value' };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { id: 'Wajib diisi', en: 'Required' }
          : { id: `Minimal ${issue.minimum} karakter`, en: `At least ${issue.minimum} characters` };
      }
      if (issue.origin === 'array')
        return { id: `Minimal ${issue.minimum} item`, en: `At least ${issue.minimum} items` };
      return { id: `Minimal ${issue.minimum}`, en: `Must be at least ${issue.minimum}` };
    case 'too_big':
      if (issue.origin === 'string')
        return { id: `Maksimal ${issue.maximum} karakter`, en: `At most ${issue.maximum} characters` };
      if (issue.origin === 'array')
        return { id: `Maksimal ${issue.maximum} item`, en: `At most ${issue.maximum} items` };
      return { id: `Maksimal ${issue.maximum}`, en: `Must be at most ${issue.maximum}` };
    case 'invalid_format':
      if (issue.format === 'email') return { id: 'Format email tidak valid', en: 'Email address is not valid' };
      return { id: 'Format tidak valid', en: 'Format is not valid' };
    case 'invalid_value':
      return { id: 'Pilihan tidak tersedia', en: 'Not one of the allowed values' };
    case 'not_multiple_of':
      return { id: `Harus kelipatan ${issue.divisor}`, en: `Must be a multiple of ${issue.divisor}` };
    default:
      return { id: 'Isian tidak valid', en: 'Value is not valid' };
  }
}

export function issuesToFields(issues: readonly z.core.$ZodIssue[], prefix = ''): FieldProblem[] {
  return issues.map((issue) => {
    const message = describe(issue);
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '_';
    return { field, message: message.id, messageEn: message.en };
  });
}

/**
 * Parses input with a zod schema or throws BAD_USER_INPUT listing every field that is
 * wrong, each with an Indonesian and an English message.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  // A list of thousands of bad items would otherwise answer with thousands of problems.
  const fields = issuesToFields(result.error.issues.slice(0, MAX_REPORTED_PROBLEMS));
  const first = fields[0]!;
  throw new UserInputError(fields, {
    id: `${first.field}: ${first.message}`,
    en: `${first.field}: ${first.messageEn}`,
  });
}
