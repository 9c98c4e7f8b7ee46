import type { VariablesOf } from '../graphql/graphql';
import type { UpdateServiceMutation } from '../graphql/services';

export type ServiceInputData = VariablesOf<typeof UpdateServiceMutation>['input'];

const lines = (value: FormDataEntryValue | null) =>
  String(value ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The service editor's fields as a ServiceInput; null when the form JSON does not parse. */
export function readServiceInput(form: FormData): ServiceInputData | null {
  let formFields: ServiceInputData['formFields'];
  try {
    formFields = JSON.parse(String(form.get('formFields') ?? '[]'));
  } catch {
    return null;
  }
  const text = (name: string) => String(form.get(name) ?? '').trim();
  return {
    name: text('name'),
    summary: text('summary'),
    description: text('description'),
    requirements: lines(form.get('requirements')),
    steps: lines(form.get('steps')),
    slaHours: Number(text('slaHours')),
    fee: Number(text('fee')),
    office: text('office'),
    openingHours: text('openingHours'),
    isLetter: form.get('isLetter') === 'on',
    letterTemplate: text('letterTemplate'),
    formFields,
  };
}
