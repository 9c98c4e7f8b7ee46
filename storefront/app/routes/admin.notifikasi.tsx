import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { adminTFromMatches, useAdminT, type AdminKey } from '../components/admin/i18n';
import { FormAlert } from '../components/FormField';
import { Notice } from '../components/Notice';
import { useDateTime } from '../components/services/status';
import { FailedDeliveriesQuery, RetryDeliveryMutation } from '../graphql/admin-notifications';
import { tFromMatches } from '../i18n';
import { requireRegencyAdmin } from '../server/auth.server';
import { formMessage } from '../server/forms.server';
import { execute, query } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';

const HERE = '/admin/notifikasi';
const PAGE_SIZE = 30;
const CHANNELS: Record<string, string> = { EMAIL: 'Email', WHATSAPP: 'WhatsApp', SMS: 'SMS', IN_APP: 'In-app' };

export const meta: MetaFunction = ({ matches }) => [
  { title: `${adminTFromMatches(matches)('admin.notif.title')} · ${tFromMatches(matches)('site.name')}` },
];

/** Dead letters (decision 025): messages that failed for good or ran out of retries, latest first. No recipient, no text. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRegencyAdmin(request, { back: HERE });
  const after = new URL(request.url).searchParams.get('setelah') || null;
  const result = await query(request, FailedDeliveriesQuery, { first: PAGE_SIZE, after });
  const page = result.failedDeliveries;
  return {
    deliveries: page.edges.map((edge) => edge.node),
    totalCount: page.totalCount,
    next: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null,
    paged: !!after,
  };
}

/** `intent=retry` with the delivery's id (a plain POST form): queued again, back to the list. */
export async function action({ request }: ActionFunctionArgs) {
  await requireRegencyAdmin(request, { back: HERE });
  const form = await request.formData();
  const id = form.get('id');
  if (form.get('intent') !== 'retry' || typeof id !== 'string' || !id)
    throw new Response('Bad Request', { status: 400 });
  const result = await execute(request, RetryDeliveryMutation, { id }, 'mutation');
  if (result.error) return data({ error: formMessage(result.error, getLocale(request)) }, { status: 400 });
  return redirect(`${HERE}?ok=retried`);
}

export default function FailedDeliveries() {
  const { t } = useAdminT();
  const dateTime = useDateTime();
  const { deliveries, totalCount, next, paged } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <section aria-labelledby="failed-title">
      <p>
        <Link to="/admin">{t('admin.back')}</Link>
      </p>
      <h1 id="failed-title">{t('admin.notif.title')}</h1>
      <p className="muted">{t('admin.notif.lead')}</p>
      {params.get('ok') === 'retried' && <Notice>{t('admin.notif.retried')}</Notice>}
      <FormAlert message={actionData?.error} />
      <p className="muted" data-testid="failed-count">
        {t('admin.notif.count', { count: totalCount })}
      </p>
      {deliveries.length === 0 ? (
        <p className="muted">{t('admin.notif.empty')}</p>
      ) : (
        <table className="table" data-testid="failed-deliveries">
          <thead>
            <tr>
              <th scope="col">{t('admin.notif.col.channel')}</th>
              <th scope="col">{t('admin.notif.col.event')}</th>
              <th scope="col">{t('admin.notif.col.when')}</th>
              <th scope="col">{t('admin.notif.col.status')}</th>
              <th scope="col">{t('admin.notif.col.attempts')}</th>
              <th scope="col">{t('admin.notif.col.error')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('admin.notif.retry')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <tr key={d.id} data-testid="failed-delivery">
                <td>{CHANNELS[d.channel] ?? d.channel}</td>
                <td>
                  <code>{d.eventType}</code>
                </td>
                <td>
                  <time dateTime={d.updatedAt}>{dateTime(d.updatedAt)}</time>
                </td>
                <td>{t(`admin.notif.status.${d.status}` as AdminKey)}</td>
                <td>{d.attempts}</td>
                <td>{d.lastError ?? '–'}</td>
                <td>
                  <Form method="post">
                    <input type="hidden" name="intent" value="retry" />
                    <input type="hidden" name="id" value={d.id} />
                    <button type="submit" className="button button-ghost">
                      {t('admin.notif.retry')}
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="notif-pager" aria-label={t('admin.notif.title')}>
        {paged ? <Link to={HERE}>{t('admin.first')}</Link> : <span />}
        {next && <Link to={`${HERE}?setelah=${encodeURIComponent(next)}`}>{t('admin.next')} →</Link>}
      </nav>
    </section>
  );
}
