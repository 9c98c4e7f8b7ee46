import { redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { requireRole, STAFF_ROLES } from '../server/auth.server';
import { useDateTime } from '../components/services/status';
import { RespondComplaintMutation, StaffComplaintsQuery } from '../graphql/services';
import { useT, type MessageKey } from '../i18n';
import styles from '../styles/services.css?url';
import { errorResponse, execute, query } from '../server/graphql.server';
import { complaintResponseForm } from '../server/form-schemas.server';
import { parseForm } from '../server/forms.server';
import { getLocale } from '../server/locale.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  return query(request, StaffComplaintsQuery, {});
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  const form = await request.formData();
  const parsed = parseForm(complaintResponseForm, form, getLocale(request));
  if (parsed.errors) return redirect('/staf/pengaduan');
  const result = await execute(request, RespondComplaintMutation, parsed.data, 'mutation');
  if (result.error && result.error.kind === 'network') throw errorResponse(result.error);
  return redirect('/staf/pengaduan');
}

export default function StaffComplaints() {
  const { t } = useT();
  const dateTime = useDateTime();
  const { staffComplaints, complaintStats: s } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>{t('svc.staff.complaints')}</h1>
      <p>
        {t('svc.complaint.WAITING')} {s.waiting} · {t('svc.complaint.IN_PROGRESS')} {s.inProgress} ·{' '}
        {t('svc.complaint.RESOLVED')} {s.resolved} · {t('svc.complaint.avg')}: {s.avgResponseHours ?? '—'}
      </p>
      <ul className="svc-links">
        {staffComplaints.map((c) => (
          <li key={c.id} className="card">
            <strong>{c.subject}</strong> <span className="badge">{t(`svc.complaint.${c.status}` as MessageKey)}</span>
            <p className="muted">
              {dateTime(c.createdAt)} · {c.villageCode}
            </p>
            <p>{c.body}</p>
            {c.response && (
              <p>
                {t('svc.complaint.response')}: {c.response}
              </p>
            )}
            {c.status !== 'RESOLVED' && (
              <Form method="post" className="svc-form">
                <input type="hidden" name="id" value={c.id} />
                <textarea name="response" required rows={2} aria-label={t('svc.complaint.response')} />
                <div className="svc-actions">
                  <button type="submit" className="button button-light">
                    {t('svc.complaint.respond')}
                  </button>
                  <button type="submit" name="resolve" value="true" className="button">
                    {t('svc.complaint.resolve')}
                  </button>
                </div>
              </Form>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
