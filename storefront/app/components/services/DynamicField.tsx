import type { ResultOf } from '../../graphql/graphql';
import type { ServiceFormQuery } from '../../graphql/services';

export type FormField = NonNullable<ResultOf<typeof ServiceFormQuery>['service']>['formFields'][number];
import { useT } from '../../i18n';

/** One field of a service's application form, rendered from its definition; works without JavaScript. */
export function DynamicField({ field, value, error }: { field: FormField; value?: string; error?: string }) {
  const { t } = useT();
  const id = `answer-${field.key}`;
  const describedBy =
    [field.help || field.type === 'FILE' ? `${id}-hint` : null, error ? `${id}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined;
  const common = {
    id,
    name: field.key,
    required: field.required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  };
  let input;
  if (field.type === 'CHOICE') {
    input = (
      <select {...common} defaultValue={value ?? ''}>
        <option value="">{t('svc.apply.choose')}</option>
        {(field.options ?? []).map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  } else if (field.type === 'FILE') {
    input = <input {...common} type="file" accept="image/jpeg,image/png,application/pdf" />;
  } else if (field.type === 'NIK' || field.type === 'KK') {
    input = (
      <input
        {...common}
        type="text"
        inputMode="numeric"
        pattern="[0-9]{16}"
        maxLength={16}
        autoComplete="off"
        defaultValue={value}
      />
    );
  } else {
    const type = field.type === 'NUMBER' ? 'number' : field.type === 'DATE' ? 'date' : 'text';
    input = <input {...common} type={type} defaultValue={value} />;
  }
  return (
    <div className="field">
      <label htmlFor={id}>
        {field.label} {!field.required && <span className="muted">{t('svc.apply.optional')}</span>}
      </label>
      {input}
      {(field.help || field.type === 'FILE') && (
        <p id={`${id}-hint`} className="hint">
          {field.help ?? t('svc.apply.fileHint')}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
