import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { FormAlert } from '../components/FormField';
import { Notice } from '../components/Notice';
import { StatusBadge, useDateTime } from '../components/services/status';
import { CosignQueueQuery, CosignRequestMutation } from '../graphql/services';
import { tFromMatches, useT } from '../i18n';
import { requireRole, STAFF_ROLES } from '../server/auth.server';
import { toFormErrors } from '../server/forms.server';
import { execute, query } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';
import styles from '../styles/services.css?url';

/**
 * The camat's co-signature queue (decision 030): requests of the district's villages that wait
 * for the district head; co-sign, or return to the village with a reason. Works without JavaScript.
 */
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('svc.cosign.title')} · ${tFromMatches(matches)('site.name')}` },
];

const DISTRICT = /^\d{2}\.\d{2}\.\d{2}$/;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  const url = new URL(request.url);
  const district = url.searchParams.get('kecamatan') ?? '';
  const { cosignServiceRequests } = await query(request, CosignQueueQuery, {
    districtCode: DISTRICT.test(district) ? district : null,
  });
  return {
    queue: cosignServiceRequests,
    done: url.searchParams.get('ok'),
    code: url.searchParams.get('kode'),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  const form = await request.formData();
  const id = String(form.get('id') ?? '');
  const code = String(form.get('code') ?? '');
  const approve = form.get('approve') !== 'false';
  const note = String(form.get('note') ?? '').trim() || null;
  const result = await execute(request, CosignRequestMutation, { id, approve, note }, 'mutation');
  if (result.error) {
    const errors = toFormErrors(result.error, getLocale(request));
    return data({ id, error: errors.form ?? errors.fields.note ?? Object.values(errors.fields)[0] }, { status: 400 });
  }
  return redirect(`/staf/tandatangan?ok=${approve ? 'signed' : 'returned'}&kode=${encodeURIComponent(code)}`);
}

export default function CosignQueue() {
  const { t } = useT();
  const dateTime = useDateTime();
  const { queue, done, code } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section aria-labelledby="cosign-title" data-testid="cosign-queue">
      <h1 id="cosign-title">
        {t('svc.cosign.title')} ({queue.totalCount})
      </h1>
      <p className="muted">{t('svc.cosign.lead')}</p>
      {done && code && <Notice>{t(done === 'signed' ? 'svc.cosign.signed' : 'svc.cosign.returned', { code })}</Notice>}
      {queue.edges.length === 0 && <p className="muted">{t('svc.cosign.empty')}</p>}
      {queue.edges.map(({ node: r }) => (
        <article key={r.id} className="card" data-testid="cosign-row" data-code={r.trackingCode}>
          <h2>
            <Link to={`/staf/permohonan/${r.id}`}>{r.trackingCode}</Link> · {r.service.name}{' '}
            <StatusBadge status={r.status} />
          </h2>
          <p>
            {t('svc.cosign.village')}: {r.village.name ?? r.villageCode} · {t('svc.my.due')}: {dateTime(r.dueAt)}{' '}
            {r.overdue && <span className="badge overdue">{t('svc.my.overdue')}</span>}
          </p>
          {actionData?.id === r.id && <FormAlert message={actionData.error} />}
          <Form method="post" className="svc-form">
            <input type="hidden" name="id" value={r.id} />
            <input type="hidden" name="code" value={r.trackingCode} />
            <div className="field">
              <label htmlFor={`note-${r.id}`}>{t('svc.cosign.note')}</label>
              <textarea id={`note-${r.id}`} name="note" rows={2} maxLength={1000} />
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
        </article>
      ))}
    </section>
  );
}
