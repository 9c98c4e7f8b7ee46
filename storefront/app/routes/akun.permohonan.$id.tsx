import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { FormAlert } from '../components/FormField';
import { Notice } from '../components/Notice';
import { readAnswers } from '../server/answers.server';
import { surveyForm } from '../server/form-schemas.server';
import { parseForm, toFormErrors } from '../server/forms.server';
import { DynamicField } from '../components/services/DynamicField';
import { requireSignedIn } from '../server/auth.server';
import { StatusBadge, Timeline, useDateTime } from '../components/services/status';
import { SurveyForm } from '../components/services/Survey';
import { RequestDetailQuery, ResubmitRequestMutation, SubmitSurveyMutation } from '../graphql/services';
import { createT, tFromMatches, useT } from '../i18n';
import styles from '../styles/services.css?url';
import { execute, query } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('svc.my.title')} · ${tFromMatches(matches)('site.name')}` },
];

async function load(request: Request, id: string) {
  const { serviceRequest } = await query(request, RequestDetailQuery, { id, purpose: null });
  if (!serviceRequest) throw new Response('Not Found', { status: 404 });
  return serviceRequest;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSignedIn(request);
  return { request: await load(request, params.id ?? '') };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireSignedIn(request);
  const locale = getLocale(request);
  const current = await load(request, params.id ?? '');
  const form = await request.formData();
  if (form.get('intent') === 'survey') {
    const survey = parseForm(surveyForm, form, locale);
    if (survey.errors) return data({ surveyError: createT(locale)('auth.required'), errors: null }, { status: 400 });
    const result = await execute(request, SubmitSurveyMutation, { id: current.id, ...survey.data }, 'mutation');
    if (result.error)
      return data(
        { surveyError: toFormErrors(result.error, locale, { under: 'answers.' }).form, errors: null },
        { status: 400 },
      );
    return redirect(`/akun/permohonan/${current.id}`);
  }
  const { answers, values, errors } = await readAnswers(request, form, current.service.formFields, locale);
  if (Object.keys(errors).length)
    return data({ errors: { fields: errors, form: undefined }, values, surveyError: undefined }, { status: 400 });
  const result = await execute(request, ResubmitRequestMutation, { id: current.id, answers }, 'mutation');
  if (result.error)
    return data(
      { errors: toFormErrors(result.error, locale, { under: 'answers.' }), values, surveyError: undefined },
      { status: 400 },
    );
  return redirect(`/akun/permohonan/${current.id}`);
}

export default function RequestPage() {
  const { t } = useT();
  const dateTime = useDateTime();
  const { request: r } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const previous = Object.fromEntries(r.answers.map((a) => [a.key, a.value ?? '']));
  const fieldErrors: Record<string, string | undefined> = actionData?.errors?.fields ?? {};
  return (
    <article>
      <p className="eyebrow">{r.service.name}</p>
      <h1>
        {t('svc.my.code')}: <code data-testid="tracking-code">{r.trackingCode}</code>
      </h1>
      {params.get('baru') && <Notice>{t('svc.apply.done', { code: r.trackingCode })}</Notice>}
      <p>
        <StatusBadge status={r.status} /> {r.overdue && <span className="badge overdue">{t('svc.my.overdue')}</span>}
      </p>
      <dl className="facts facts-row">
        <div data-testid="request-village">
          <dt>{t('svc.my.village')}</dt>
          <dd>
            {r.village.type === 'KELURAHAN' ? 'Kelurahan' : 'Desa'} {r.village.name ?? r.villageCode}
            {r.village.district ? `, Kec. ${r.village.district.name}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('svc.my.submitted')}</dt>
          <dd>{dateTime(r.submittedAt)}</dd>
        </div>
        <div>
          <dt>{t('svc.my.due')}</dt>
          <dd>{dateTime(r.dueAt)}</dd>
        </div>
        {r.completedAt && (
          <div>
            <dt>{t('svc.my.completed')}</dt>
            <dd>
              {dateTime(r.completedAt)} ({t(r.slaMet ? 'svc.sla.met' : 'svc.sla.missed')})
            </dd>
          </div>
        )}
      </dl>
      {r.letter && (
        <section aria-labelledby="letter-title" className="notice genuine">
          <h2 id="letter-title">
            {t('svc.my.letter')}: {r.letter.number}
          </h2>
          {r.letter.signatories.length > 0 && (
            <p data-testid="letter-signatories">
              {t('svc.my.signatories')}:{' '}
              {r.letter.signatories.map((s) => `${s.title} ${s.office}${s.name ? ` (${s.name})` : ''}`).join('; ')}
            </p>
          )}
          <p>
            <a className="button" href={`/media/services/${r.letter.fileKey}`} download data-testid="letter-download">
              {t('svc.my.download')}
            </a>{' '}
            <a href={`/verifikasi/${r.letter.verificationCode}`} data-testid="letter-verify">
              {t('svc.my.verifyLink')}
            </a>
          </p>
        </section>
      )}
      <h2>{t('svc.my.timeline')}</h2>
      <Timeline steps={r.events.map((e) => ({ key: e.id, status: e.toStatus, at: e.createdAt, note: e.note }))} />
      {r.status === 'INCOMPLETE' ? (
        <section aria-labelledby="resubmit-title">
          <h2 id="resubmit-title">{t('svc.my.resubmit')}</h2>
          <FormAlert message={actionData?.errors?.form} />
          <Form method="post" encType="multipart/form-data" noValidate className="svc-form">
            {r.service.formFields.map((field) => (
              <DynamicField
                key={field.key}
                field={field}
                value={actionData && 'values' in actionData ? actionData.values?.[field.key] : previous[field.key]}
                error={fieldErrors[field.key]}
              />
            ))}
            <button type="submit" className="button">
              {t('svc.my.resubmit')}
            </button>
          </Form>
        </section>
      ) : (
        <section aria-labelledby="answers-title">
          <h2 id="answers-title">{t('svc.my.answers')}</h2>
          <dl className="facts">
            {r.answers.map((a) => (
              <div key={a.key}>
                <dt>{a.label}</dt>
                <dd>
                  {a.type === 'FILE' && a.value ? (
                    <a href={`/media/services/${a.value}`}>{a.value.split('/').pop()}</a>
                  ) : (
                    (a.value ?? '—')
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <p>
        <a href={`/pengaduan?permohonan=${r.id}`}>{t('svc.complaint.link')}</a>
      </p>
      {r.status === 'COMPLETED' &&
        (r.survey ? <Notice>{t('svc.survey.thanks')}</Notice> : <SurveyForm error={actionData?.surveyError} />)}
    </article>
  );
}
