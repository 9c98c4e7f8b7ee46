import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { FormAlert } from '../components/FormField';
import { Notice } from '../components/Notice';
import { readForm, toFormErrors } from '../server/forms.server';
import { useDateTime } from '../components/services/status';
import { OnlineVillagesQuery } from '../graphql/oversight';
import { FileComplaintMutation, MyComplaintsQuery } from '../graphql/services';
import { tFromMatches, useT, type MessageKey } from '../i18n';
import styles from '../styles/services.css?url';
import { execute, querySection } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';
import { getUser } from '../server/session.server';
import { requireSignedIn } from '../server/auth.server';
import { complaintForm } from '../server/form-schemas.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('svc.complaint.title')} · ${tFromMatches(matches)('site.name')}` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const [mine, villages] = await Promise.all([
    user ? querySection(request, MyComplaintsQuery, {}) : null,
    user ? querySection(request, OnlineVillagesQuery, {}) : null,
  ]);
  const params = new URL(request.url).searchParams;
  const requestId = params.get('permohonan') ?? '';
  const village = params.get('desa') ?? '';
  return {
    signedIn: !!user,
    villages: villages?.villages.edges.map((e) => e.node) ?? [],
    village: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(village) ? village : '',
    complaints: mine?.myComplaints ?? [],
    service: params.get('layanan') ?? '',
    requestId: /^[0-9a-f-]{36}$/.test(requestId) ? requestId : '',
  };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireSignedIn(request);
  const form = await request.formData();
  const input = readForm(complaintForm, form);
  const result = await execute(request, FileComplaintMutation, { input }, 'mutation');
  if (result.error)
    return data(
      { errors: toFormErrors(result.error, getLocale(request), { under: 'answers.' }), input },
      { status: 400 },
    );
  return redirect('/pengaduan?terkirim=1');
}

export default function Complaints() {
  const { t } = useT();
  const dateTime = useDateTime();
  const { signedIn, complaints, service, requestId, villages, village } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const errors: Record<string, string | undefined> = actionData?.errors.fields ?? {};
  return (
    <section>
      <h1>{t('svc.complaint.title')}</h1>
      <p className="lead">{t('svc.complaint.lead')}</p>
      {params.get('terkirim') && <Notice>{t('svc.complaint.sent')}</Notice>}
      {!signedIn ? (
        <p>
          <Link className="button" to="/masuk">
            {t('auth.signIn')}
          </Link>
        </p>
      ) : (
        <Form method="post" className="svc-form" noValidate>
          <FormAlert message={actionData?.errors.form} />
          <input type="hidden" name="requestId" value={actionData?.input.requestId ?? requestId} />
          {villages.length > 0 && !requestId && (
            <div className="field">
              <label htmlFor="villageCode">{t('svc.complaint.village')}</label>
              <select
                id="villageCode"
                name="villageCode"
                required
                defaultValue={actionData?.input.villageCode ?? village}
                aria-invalid={errors.villageCode ? true : undefined}
              >
                <option value="">{t('svc.apply.choose')}</option>
                {villages.map((v) => (
                  <option key={v.code} value={v.code}>
                    {v.name}
                  </option>
                ))}
              </select>
              {errors.villageCode && <p className="field-error">{errors.villageCode}</p>}
            </div>
          )}
          <div className="field">
            <label htmlFor="subject">{t('svc.complaint.subject')}</label>
            <input
              id="subject"
              name="subject"
              required
              maxLength={160}
              defaultValue={actionData?.input.subject}
              aria-invalid={errors.subject ? true : undefined}
            />
            {errors.subject && <p className="field-error">{errors.subject}</p>}
          </div>
          <div className="field">
            <label htmlFor="body">{t('svc.complaint.body')}</label>
            <textarea
              id="body"
              name="body"
              required
              rows={5}
              maxLength={5000}
              defaultValue={actionData?.input.body}
              aria-invalid={errors.body ? true : undefined}
            />
            {errors.body && <p className="field-error">{errors.body}</p>}
          </div>
          <div className="field">
            <label htmlFor="serviceSlug">{t('svc.complaint.service')}</label>
            <input id="serviceSlug" name="serviceSlug" defaultValue={actionData?.input.serviceSlug ?? service} />
          </div>
          <button type="submit" className="button">
            {t('svc.complaint.submit')}
          </button>
        </Form>
      )}
      {complaints.length > 0 && (
        <>
          <h2>{t('svc.complaint.mine')}</h2>
          <ul className="svc-links">
            {complaints.map((c) => (
              <li key={c.id} className="card">
                <strong>{c.subject}</strong>{' '}
                <span className="badge">{t(`svc.complaint.${c.status}` as MessageKey)}</span>
                <p className="muted">{dateTime(c.createdAt)}</p>
                {c.response && (
                  <p>
                    {t('svc.complaint.response')}: {c.response}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
