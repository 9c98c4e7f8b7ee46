import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { FormAlert, FormField } from '../components/FormField';
import { Notice } from '../components/Notice';
import { AddHolidayMutation, HolidaysQuery, RemoveHolidayMutation, RenameHolidayMutation } from '../graphql/holidays';
import { tFromMatches, useT } from '../i18n';
import { requireRegencyAdmin } from '../server/auth.server';
import { readFields, toFormErrors, type FormErrors } from '../server/forms.server';
import { execute, query } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';

/**
 * The regency admin's holidays (decision 030): a year's public holidays and joint leave days,
 * add, rename, remove behind a confirmation step. Plain forms: works without JavaScript.
 */
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('svc.holidays.title')} · ${tFromMatches(matches)('site.name')}` },
];

type HolidayField = 'date' | 'name' | 'nameEn';
type ActionData = { intent: string; date?: string; errors: FormErrors<HolidayField> };

const yearOf = (url: URL): number => {
  const asked = Number(url.searchParams.get('tahun'));
  return Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : new Date().getUTCFullYear();
};

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRegencyAdmin(request, { back: '/admin/hari-libur' });
  const url = new URL(request.url);
  const year = yearOf(url);
  const { holidays } = await query(request, HolidaysQuery, { year });
  const confirming = holidays.find((h) => h.date === url.searchParams.get('hapus')) ?? null;
  return { year, holidays, confirming, ok: url.searchParams.get('ok') };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRegencyAdmin(request);
  const form = await request.formData();
  const locale = getLocale(request);
  const intent = String(form.get('intent') ?? '');
  const fields = readFields(form, ['date', 'name', 'nameEn'] as const);
  const back = (ok: string) => redirect(`/admin/hari-libur?tahun=${fields.date.slice(0, 4)}&ok=${ok}`);
  const failed = (error: Parameters<typeof toFormErrors>[0]) =>
    data<ActionData>({ intent, date: fields.date, errors: toFormErrors<HolidayField>(error, locale) }, { status: 400 });
  if (intent === 'add') {
    const input = { ...fields, jointLeave: form.get('jointLeave') === 'on' };
    const result = await execute(request, AddHolidayMutation, { input }, 'mutation');
    return result.error ? failed(result.error) : back('added');
  }
  if (intent === 'rename') {
    const result = await execute(request, RenameHolidayMutation, fields, 'mutation');
    return result.error ? failed(result.error) : back('renamed');
  }
  if (intent === 'remove') {
    const result = await execute(request, RemoveHolidayMutation, { date: fields.date }, 'mutation');
    return result.error ? failed(result.error) : back('removed');
  }
  return data<ActionData>({ intent, errors: { fields: {}, form: 'Unknown action' } }, { status: 400 });
}

export default function AdminHolidays() {
  const { t, locale } = useT();
  const { year, holidays, confirming, ok } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const addErrors = actionData?.intent === 'add' ? actionData.errors : undefined;
  const notice =
    ok === 'added'
      ? t('svc.holidays.added')
      : ok === 'renamed'
        ? t('svc.holidays.renamed')
        : ok === 'removed'
          ? t('svc.holidays.removed')
          : null;
  const weekday = (date: string) =>
    new Date(`${date}T00:00:00Z`).toLocaleDateString(locale === 'en' ? 'en-GB' : 'id-ID', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
  return (
    <section aria-labelledby="holidays-title" data-testid="admin-holidays">
      <p>
        <Link to="/admin">← Admin</Link>
      </p>
      <h1 id="holidays-title">
        {t('svc.holidays.title')} {year}
      </h1>
      <p className="muted">{t('svc.holidays.lead')}</p>
      {notice && <Notice>{notice}</Notice>}
      <Form method="get" className="svc-actions">
        <label htmlFor="tahun">{t('svc.holidays.year')}</label>
        <input id="tahun" name="tahun" type="number" min={2000} max={2100} defaultValue={year} />
        <button type="submit" className="button button-light">
          {t('svc.holidays.show')}
        </button>
      </Form>

      {confirming && (
        <Form method="post" className="card" aria-labelledby="confirm-title" data-testid="holiday-confirm">
          <p id="confirm-title">{t('svc.holidays.confirm', { name: confirming.name, date: confirming.date })}</p>
          <input type="hidden" name="date" value={confirming.date} />
          <button type="submit" name="intent" value="remove" className="button">
            {t('svc.holidays.confirmYes')}
          </button>{' '}
          <Link to={`/admin/hari-libur?tahun=${year}`}>{t('svc.holidays.cancel')}</Link>
        </Form>
      )}

      {holidays.length === 0 ? (
        <p className="muted">{t('svc.holidays.empty')}</p>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table className="svc-table">
            <thead>
              <tr>
                <th>{t('svc.holidays.date')}</th>
                <th>{t('svc.holidays.name')}</th>
                <th>{t('svc.holidays.nameEn')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {holidays.map((h) => {
                const errors = actionData?.intent === 'rename' && actionData.date === h.date ? actionData.errors : null;
                const formId = `rename-${h.date}`;
                return (
                  <tr key={h.date} data-testid="holiday-row" data-date={h.date}>
                    <td>
                      <time dateTime={h.date}>{weekday(h.date)}</time>
                      {h.jointLeave && <span className="badge"> {t('svc.holidays.jointLeave')}</span>}
                    </td>
                    <td>
                      <input
                        form={formId}
                        name="name"
                        defaultValue={h.name}
                        aria-label={`${t('svc.holidays.name')} ${h.date}`}
                        aria-invalid={errors?.fields.name ? true : undefined}
                      />
                      {errors?.fields.name && <p className="field-error">{errors.fields.name}</p>}
                    </td>
                    <td>
                      <input
                        form={formId}
                        name="nameEn"
                        defaultValue={h.nameEn}
                        aria-label={`${t('svc.holidays.nameEn')} ${h.date}`}
                        aria-invalid={errors?.fields.nameEn ? true : undefined}
                      />
                      {errors?.fields.nameEn && <p className="field-error">{errors.fields.nameEn}</p>}
                    </td>
                    <td>
                      <Form method="post" id={formId}>
                        <input type="hidden" name="date" value={h.date} />
                        <button type="submit" name="intent" value="rename" className="button button-light">
                          {t('svc.holidays.rename')}
                        </button>
                      </Form>{' '}
                      <Link to={`/admin/hari-libur?tahun=${year}&hapus=${h.date}`} data-testid="holiday-remove">
                        {t('svc.holidays.remove')}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <Form method="post" className="card" aria-labelledby="add-title">
        <h2 id="add-title">{t('svc.holidays.add')}</h2>
        <FormAlert message={addErrors?.form} />
        <FormField
          name="date"
          type="date"
          label={t('svc.holidays.date')}
          defaultValue={actionData?.intent === 'add' ? actionData.date : ''}
          error={addErrors?.fields.date}
          required
        />
        <FormField name="name" label={t('svc.holidays.name')} error={addErrors?.fields.name} required />
        <FormField name="nameEn" label={t('svc.holidays.nameEn')} error={addErrors?.fields.nameEn} required />
        <div className="field">
          <label>
            <input type="checkbox" name="jointLeave" /> {t('svc.holidays.jointLeave')}
          </label>
        </div>
        <button type="submit" name="intent" value="add" className="button">
          {t('svc.holidays.add')}
        </button>
      </Form>
    </section>
  );
}
