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

const NEXT: Record<string, string[]> = {
  SUBMITTED: ['VERIFIED', 'INCOMPLETE', 'REJECTED'],
  VERIFIED: ['IN_PROCESS', 'INCOMPLETE', 'REJECTED'],
  IN_PROCESS: ['COMPLETED', 'REJECTED'],
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  const { serviceRequest } = await query(request, RequestDetailQuery, {
    id: params.id ?? '',
    purpose: 'memproses permohonan (konsol staf)',
  });
  if (!serviceRequest) throw new Response('Not Found', { status: 404 });
  return { request: serviceRequest };
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
  const { request: r } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const next = NEXT[r.status] ?? [];
  return (
    <article>
      <p className="eyebrow">{r.service.name}</p>
      <h1>
        <code>{r.trackingCode}</code> <StatusBadge status={r.status} />
      </h1>
      <p>
        {t('svc.my.due')}: {dateTime(r.dueAt)}{' '}
        {r.overdue && <span className="badge overdue">{t('svc.my.overdue')}</span>}
      </p>
      {r.letter && (
        <p>
          {t('svc.my.letter')}: {r.letter.number} · <a href={`/media/services/${r.letter.fileKey}`}>PDF</a>
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
      {next.length === 0 && r.status !== 'COMPLETED' && <Notice>{t(`svc.status.${r.status}` as MessageKey)}</Notice>}
      <h2>{t('svc.my.timeline')}</h2>
      <Timeline steps={r.events.map((e) => ({ key: e.id, status: e.toStatus, at: e.createdAt, note: e.note }))} />
    </article>
  );
}
