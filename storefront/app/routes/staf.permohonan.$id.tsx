import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { FormAlert } from '../components/FormField';
import { Notice } from '../components/Notice';
import { parseForm, toFormErrors } from '../server/forms.server';
import { requireRole, STAFF_ROLES } from '../server/auth.server';
import { StatusBadge, Timeline, useDateTime } from '../components/services/status';
import { RequestDetailQuery, TransitionRequestMutation } from '../graphql/services';
import { useT, type MessageKey } from '../i18n';
import styles from '../styles/services.css?url';
import { execute, query } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';
import { transitionForm } from '../server/form-schemas.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];

/** The village's next steps; a service that needs the camat goes to the camat instead of completing (decision 030). */
const nextSteps = (status: string, needsDistrictCosign: boolean): string[] =>
  ({
    SUBMITTED: ['VERIFIED', 'INCOMPLETE', 'REJECTED'],
    VERIFIED: ['IN_PROCESS', 'INCOMPLETE', 'REJECTED'],
    IN_PROCESS: [needsDistrictCosign ? 'AWAITING_COSIGN' : 'COMPLETED', 'REJECTED'],
  })[status] ?? [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, STAFF_ROLES);
  const { serviceRequest } = await query(request, RequestDetailQuery, {
    id: params.id ?? '',
    purpose: 'memproses permohonan (konsol staf)',
  });
  if (!serviceRequest) throw new Response('Not Found', { status: 404 });
  // The camat of its district (or the regency admin) co-signs it on /staf/tandatangan.
  const cosigns = (user.memberships ?? []).some(
    (m) =>
      m.role === 'REGENCY_ADMIN' ||
      (m.role === 'DISTRICT_OFFICER' && serviceRequest.villageCode.startsWith(`${m.placeCode}.`)),
  );
  return { request: serviceRequest, cosigns };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  const form = await request.formData();
  const transition = parseForm(transitionForm, form, getLocale(request));
  if (transition.errors) return data({ error: Object.values(transition.errors.fields)[0] }, { status: 400 });
  const result = await execute(
    request,
    TransitionRequestMutation,
    { id: params.id ?? '', ...transition.data },
    'mutation',
  );
  if (result.error)
    return data(
      {
        error:
          toFormErrors(result.error, getLocale(request), { under: 'answers.' }).form ??
          toFormErrors(result.error, getLocale(request), { under: 'answers.' }).fields.note,
      },
      { status: 400 },
    );
  return redirect(`/staf/permohonan/${params.id}`);
}

export default function StaffRequest() {
  const { t } = useT();
  const dateTime = useDateTime();
  const { request: r, cosigns } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const next = nextSteps(r.status, r.service.needsDistrictCosign);
  return (
    <article>
      <p className="eyebrow">{r.service.name}</p>
      <h1>
        <code>{r.trackingCode}</code> <StatusBadge status={r.status} />
      </h1>
      <p data-testid="request-village">
        {t('svc.my.village')}: {r.village.type === 'KELURAHAN' ? 'Kelurahan' : 'Desa'} {r.village.name ?? r.villageCode}
        {r.village.district ? `, Kec. ${r.village.district.name}` : ''}
      </p>
      <p>
        {t('svc.my.due')}: {dateTime(r.dueAt)}{' '}
        {r.overdue && <span className="badge overdue">{t('svc.my.overdue')}</span>}
      </p>
      {r.service.needsDistrictCosign && <p className="muted">{t('svc.cosign.needsCamat')}</p>}
      {r.letter && (
        <p data-testid="letter-signatories">
          {t('svc.my.letter')}: {r.letter.number} · <a href={`/media/services/${r.letter.fileKey}`}>PDF</a>
          {r.letter.signatories.length > 0 && (
            <>
              {' '}
              · {t('svc.my.signatories')}:{' '}
              {r.letter.signatories.map((s) => `${s.title} ${s.office}${s.name ? ` (${s.name})` : ''}`).join('; ')}
            </>
          )}
        </p>
      )}
      {r.applicantContact && (
        <p data-testid="applicant-contact">
          {t('svc.staff.contact')}: {r.applicantContact.name}
          {r.applicantContact.email && (
            <>
              {' '}
              · <a href={`mailto:${r.applicantContact.email}`}>{r.applicantContact.email}</a>
            </>
          )}
          {r.applicantContact.phone && <> · {r.applicantContact.phone}</>}
        </p>
      )}
      <h2>{t('svc.my.answers')}</h2>
      <p className="muted">{t('svc.staff.privacy')}</p>
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
      {next.length > 0 && (
        <section aria-labelledby="actions-title">
          <h2 id="actions-title">{t('svc.staff.actions')}</h2>
          <FormAlert message={actionData?.error} />
          <Form method="post" className="svc-form">
            <div className="field">
              <label htmlFor="note">{t('svc.staff.note')}</label>
              <textarea id="note" name="note" rows={2} maxLength={1000} />
            </div>
            <div className="svc-actions">
              {next.map((to) => (
                <button
                  key={to}
                  type="submit"
                  name="to"
                  value={to}
                  className={to === 'REJECTED' ? 'button button-light' : 'button'}
                >
                  {t(`svc.staff.to.${to}` as MessageKey)}
                </button>
              ))}
            </div>
          </Form>
        </section>
      )}
      {r.status === 'AWAITING_COSIGN' && cosigns && (
        <Form method="post" action="/staf/tandatangan" className="svc-form" aria-label={t('svc.cosign.title')}>
          <input type="hidden" name="id" value={r.id} />
          <input type="hidden" name="code" value={r.trackingCode} />
          <div className="field">
            <label htmlFor="cosign-note">{t('svc.cosign.note')}</label>
            <textarea id="cosign-note" name="note" rows={2} maxLength={1000} />
          </div>
          <div className="svc-actions">
            <button type="submit" name="approve" value="true" className="button">
              {t('svc.cosign.sign')}
            </button>
            <button type="submit" name="approve" value="false" className="button button-light">
              {t('svc.cosign.return')}
            </button>
          </div>
        </Form>
      )}
      {next.length === 0 && r.status !== 'COMPLETED' && <Notice>{t(`svc.status.${r.status}` as MessageKey)}</Notice>}
      <h2>{t('svc.my.timeline')}</h2>
      <Timeline steps={r.events.map((e) => ({ key: e.id, status: e.toStatus, at: e.createdAt, note: e.note }))} />
    </article>
  );
}
