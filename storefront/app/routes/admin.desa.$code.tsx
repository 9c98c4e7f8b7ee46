import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { Memberships } from '../components/admin/Memberships';
import { FormAlert, FormField } from '../components/FormField';
import { AdminVillageQuery, SetVillageOnlineMutation, UpdateVillageOfficeMutation } from '../graphql/admin';
import { adminT, adminTFromMatches, useAdminT } from '../components/admin/i18n';
import { intlLocale } from '../i18n';
import { membershipAction } from '../server/admin.server';
import { requireRegencyAdmin } from '../server/auth.server';
import { readFields, toFormErrors, type FormErrors } from '../server/forms.server';
import { execute, query } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';

export const meta: MetaFunction<typeof loader> = ({ data: loaded, matches }) => [
  { title: `${loaded?.village.name ?? ''} · ${adminTFromMatches(matches)('admin.title')}` },
];

const VILLAGE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
const OFFICE_FIELDS = ['officeAddress', 'headName', 'headTitle', 'letterCode', 'phone', 'logoUrl', 'hours'] as const;
type OfficeField = (typeof OFFICE_FIELDS)[number] | 'openingHours';

type ActionData =
  | { intent: 'office' | 'online'; errors: FormErrors<OfficeField> }
  | { intent: 'grant' | 'revoke'; errors: FormErrors<'email' | 'role' | 'placeCode'> };

const codeOf = (params: LoaderFunctionArgs['params']) => {
  const code = params.code ?? '';
  if (!VILLAGE.test(code)) throw new Response('Not Found', { status: 404 });
  return code;
};

/** "1 08:00 15:00" per line → opening hours; null when a line does not read so (the API checks the times). */
function parseHours(text: string): { weekday: number; opens: string; closes: string }[] | null {
  const hours = [];
  for (const line of text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const match = /^([1-7])\s+(\d{1,2}[.:]\d{2})\s*[-–]?\s*(\d{1,2}[.:]\d{2})$/.exec(line);
    if (!match) return null;
    const time = (value: string) => value.replace('.', ':').padStart(5, '0');
    hours.push({ weekday: Number(match[1]), opens: time(match[2]!), closes: time(match[3]!) });
  }
  return hours;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const code = codeOf(params);
  await requireRegencyAdmin(request, { back: `/admin/desa/${code}` });
  const url = new URL(request.url);
  const { village, memberships } = await query(request, AdminVillageQuery, { code });
  const rows = memberships.edges.map((edge) => edge.node);
  const confirming = rows.find((m) => m.id === url.searchParams.get('cabut')) ?? null;
  return { village, memberships: rows, confirming, ok: url.searchParams.get('ok') };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const code = codeOf(params);
  await requireRegencyAdmin(request);
  const form = await request.formData();
  const memberships = await membershipAction(request, form, code);
  if (memberships) return memberships;
  const locale = getLocale(request);
  const intent = form.get('intent');
  if (intent === 'online') {
    const online = form.get('online') === 'true';
    const result = await execute(request, SetVillageOnlineMutation, { code, online }, 'mutation');
    if (result.error) return data<ActionData>({ intent, errors: toFormErrors(result.error, locale) }, { status: 400 });
    return redirect(`/admin/desa/${code}?ok=online`);
  }
  if (intent === 'office') {
    const fields = readFields(form, OFFICE_FIELDS);
    const openingHours = parseHours(fields.hours);
    if (!openingHours)
      return data<ActionData>(
        { intent, errors: { fields: { hours: adminT(locale)('admin.office.hours.invalid') } } },
        { status: 400 },
      );
    const orNull = (value: string) => value || null;
    const result = await execute(
      request,
      UpdateVillageOfficeMutation,
      {
        code,
        input: {
          officeAddress: orNull(fields.officeAddress),
          headName: orNull(fields.headName),
          headTitle: orNull(fields.headTitle),
          letterCode: orNull(fields.letterCode),
          phone: orNull(fields.phone),
          logoUrl: orNull(fields.logoUrl),
          openingHours,
        },
      },
      'mutation',
    );
    if (result.error) {
      const errors = toFormErrors<OfficeField>(result.error, locale);
      if (errors.fields.openingHours) errors.fields.hours = errors.fields.openingHours;
      return data<ActionData>({ intent, errors }, { status: 400 });
    }
    return redirect(`/admin/desa/${code}?ok=office`);
  }
  return data<ActionData>({ intent: 'office', errors: { fields: {}, form: 'Unknown action' } }, { status: 400 });
}

export default function AdminVillage() {
  const { t, locale } = useAdminT();
  const { village, memberships, confirming, ok } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const officeErrors = actionData?.intent === 'office' ? actionData.errors : undefined;
  const onlineErrors = actionData?.intent === 'online' ? actionData.errors : undefined;
  const hours = village.openingHours.map((h) => `${h.weekday} ${h.opens} ${h.closes}`).join('\n');
  const notice =
    ok === 'office'
      ? t('admin.office.saved')
      : ok === 'online'
        ? t('admin.online.changed')
        : ok === 'granted'
          ? t('admin.members.granted')
          : ok === 'revoked'
            ? t('admin.members.revoked')
            : null;
  return (
    <section aria-labelledby="village-title" data-testid="admin-village" data-code={village.code}>
      <p>
        <Link to={`/admin?kecamatan=${village.districtCode}`}>{t('admin.back')}</Link>
      </p>
      <h1 id="village-title">
        {village.type === 'KELURAHAN' ? 'Kelurahan' : 'Desa'} {village.name}
      </h1>
      <p className="muted">
        {village.code} · {t('admin.col.district')} {village.district.name} ·{' '}
        <Link to={`/admin/kecamatan/${village.districtCode}`}>
          {t('admin.districtPage', { district: village.district.name })}
        </Link>
      </p>
      {notice && (
        <p className="alert" role="status">
          {notice}
        </p>
      )}

      <section aria-labelledby="online-title" className="card">
        <h2 id="online-title">{village.online ? t('admin.online') : t('admin.offline')}</h2>
        {village.online && village.onlineSince && (
          <p className="muted">
            {t('admin.online.since', {
              date: new Date(village.onlineSince).toLocaleDateString(intlLocale(locale), { dateStyle: 'long' }),
            })}
          </p>
        )}
        <FormAlert message={onlineErrors?.form ?? Object.values(onlineErrors?.fields ?? {}).find(Boolean)} />
        <Form method="post">
          <input type="hidden" name="online" value={village.online ? 'false' : 'true'} />
          <button className={village.online ? 'button button-light' : 'button'} name="intent" value="online">
            {village.online ? t('admin.online.take') : t('admin.online.bring')}
          </button>
        </Form>
      </section>

      <Form method="post" className="card" aria-labelledby="office-title">
        <h2 id="office-title">{t('admin.office')}</h2>
        <FormAlert message={officeErrors?.form} />
        <FormField
          name="officeAddress"
          label={t('admin.office.address')}
          defaultValue={village.officeAddress ?? ''}
          error={officeErrors?.fields.officeAddress}
        />
        <FormField
          name="headName"
          label={t('admin.office.headName')}
          defaultValue={village.head?.name ?? ''}
          error={officeErrors?.fields.headName}
        />
        <FormField
          name="headTitle"
          label={t('admin.office.headTitle')}
          defaultValue={village.head?.title ?? (village.type === 'KELURAHAN' ? 'Lurah' : 'Kepala Desa')}
          error={officeErrors?.fields.headTitle}
        />
        <FormField
          name="letterCode"
          label={t('admin.office.letterCode')}
          defaultValue={village.letterCode ?? ''}
          error={officeErrors?.fields.letterCode}
        />
        <FormField
          name="phone"
          label={t('admin.office.phone')}
          defaultValue={village.phone ?? ''}
          error={officeErrors?.fields.phone}
        />
        <FormField
          name="logoUrl"
          label={t('admin.office.logoUrl')}
          defaultValue={village.logoUrl ?? ''}
          error={officeErrors?.fields.logoUrl}
        />
        <div className="field">
          <label htmlFor="office-hours">{t('admin.office.hours')}</label>
          <textarea
            id="office-hours"
            name="hours"
            rows={7}
            spellCheck={false}
            defaultValue={hours || '1 08:00 15:00\n2 08:00 15:00\n3 08:00 15:00\n4 08:00 15:00\n5 08:00 11:00'}
            aria-describedby="office-hours-hint"
            aria-invalid={officeErrors?.fields.hours ? true : undefined}
          />
          <p id="office-hours-hint" className="hint">
            {t('admin.office.hours.hint')}
          </p>
          {officeErrors?.fields.hours && <p className="field-error">{officeErrors.fields.hours}</p>}
        </div>
        <button className="button" name="intent" value="office">
          {t('admin.office.save')}
        </button>
      </Form>

      <Memberships
        memberships={memberships}
        placeCode={village.code}
        roles={['VILLAGE_STAFF', 'VILLAGE_HEAD']}
        confirming={confirming}
        errors={actionData?.intent === 'grant' || actionData?.intent === 'revoke' ? actionData : undefined}
      />
    </section>
  );
}
