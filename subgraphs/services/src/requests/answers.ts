import type { FormFieldKind } from '../catalogue/form-field.js';
import { maskNumber } from './nik.js';
import type { ServiceRequest } from './service-request.entity.js';

/** The answer to the first field of a kind (or with a given key) in the request's own form. */
export function answerOfType(request: ServiceRequest, type: FormFieldKind, key?: string): unknown {
  const field = request.formSnapshot.find((f) => (key ? f.key === key : f.type === type));
  return field ? request.answers[field.key] : undefined;
}

export const maskedNikOf = (request: ServiceRequest): string | null => {
  const nik = answerOfType(request, 'NIK');
  return typeof nik === 'string' ? maskNumber(nik) : null;
};

/** Field by field, in the order of the form the request was made with. */
export function answerList(
  request: ServiceRequest,
): { key: string; label: string; type: FormFieldKind; value: string | null }[] {
  return request.formSnapshot.map((field) => {
    const value = request.answers[field.key];
    return {
      key: field.key,
      label: field.label,
      type: field.type,
      value: value === undefined || value === null ? null : String(value),
    };
  });
}
