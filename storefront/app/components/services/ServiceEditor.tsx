import type { ReactNode } from 'react';
import { Form } from '@remix-run/react';
import type { ResultOf } from '../../graphql/graphql';
import type { EditServiceQuery } from '../../graphql/services';

export type EditableService = NonNullable<ResultOf<typeof EditServiceQuery>['service']>;
import { useT } from '../../i18n';

export const EMPTY_SERVICE: Omit<EditableService, 'id' | 'slug' | 'active'> = {
  name: '',
  summary: '',
  description: '',
  requirements: [],
  steps: [],
  slaHours: 24,
  fee: 0,
  office: '',
  openingHours: '',
  isLetter: false,
  letterTemplate: '',
  formFields: [
    { key: 'nik', label: 'NIK pemohon', type: 'NIK', required: true, help: null, options: null },
    { key: 'fullName', label: 'Nama lengkap', type: 'TEXT', required: true, help: null, options: null },
  ],
};

/** The staff form for a service: plain fields, lists one per line, the application form as JSON. */
export function ServiceEditor({
  service,
  categories = [],
  place,
}: {
  service: Omit<EditableService, 'id' | 'slug' | 'active'>;
  categories?: { code: string; name: string }[];
  /** For a new service: where it belongs (a village's own service, or a regency template). */
  place?: ReactNode;
}) {
  const isNew = categories.length > 0;
  const { t } = useT();
  const text = (name: string, label: string, value: string | number, type = 'text') => (
    <div className="field">
      <label htmlFor={`svc-${name}`}>{label}</label>
      <input id={`svc-${name}`} name={name} type={type} defaultValue={value} required />
    </div>
  );
  return (
    <Form method="post" className="svc-form">
      {isNew && place && <div className="field">{place}</div>}
      {isNew && text('slug', 'Slug', '')}
      {isNew && (
        <div className="field">
          <label htmlFor="svc-categoryCode">Kategori / Category</label>
          <select id="svc-categoryCode" name="categoryCode">
            {categories.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {text('name', t('svc.staff.name'), service.name)}
      {text('summary', t('svc.staff.summary'), service.summary)}
      <div className="field">
        <label htmlFor="svc-description">{t('svc.staff.description')}</label>
        <textarea id="svc-description" name="description" rows={4} defaultValue={service.description} />
      </div>
      <div className="field">
        <label htmlFor="svc-requirements">
          {t('service.requirements')} ({t('svc.staff.lines')})
        </label>
        <textarea id="svc-requirements" name="requirements" rows={4} defaultValue={service.requirements.join('\n')} />
      </div>
      <div className="field">
        <label htmlFor="svc-steps">
          {t('service.steps')} ({t('svc.staff.lines')})
        </label>
        <textarea id="svc-steps" name="steps" rows={4} defaultValue={service.steps.join('\n')} />
      </div>
      {text('slaHours', t('svc.staff.slaHours'), service.slaHours, 'number')}
      {text('fee', t('svc.staff.fee'), service.fee, 'number')}
      {text('office', t('service.office'), service.office)}
      <div className="field">
        <label htmlFor="svc-openingHours">{t('svc.openingHours')}</label>
        <input id="svc-openingHours" name="openingHours" defaultValue={service.openingHours} />
      </div>
      <label>
        <input type="checkbox" name="isLetter" defaultChecked={service.isLetter} /> {t('svc.staff.isLetter')}
      </label>
      <div className="field">
        <label htmlFor="svc-letterTemplate">{t('svc.staff.letterTemplate')}</label>
        <textarea id="svc-letterTemplate" name="letterTemplate" rows={3} defaultValue={service.letterTemplate} />
      </div>
      <div className="field">
        <label htmlFor="svc-formFields">{t('svc.staff.formJson')}</label>
        <textarea
          id="svc-formFields"
          name="formFields"
          rows={12}
          spellCheck={false}
          defaultValue={JSON.stringify(
            service.formFields.map(({ help, options, ...f }) => ({
              ...f,
              ...(help ? { help } : {}),
              ...(options ? { options } : {}),
            })),
            null,
            2,
          )}
        />
      </div>
      <button className="button" type="submit">
        {t('svc.staff.save')}
      </button>
    </Form>
  );
}
