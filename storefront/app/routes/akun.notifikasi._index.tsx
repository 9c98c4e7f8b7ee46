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
import { useDateTime } from '../components/services/status';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationReadMutation,
  MyNotificationsQuery,
} from '../graphql/notifications';
import { tFromMatches, useT } from '../i18n';
import { requireSignedIn } from '../server/auth.server';
import { formMessage } from '../server/forms.server';
import { execute, query } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';
import styles from '../styles/notifications.css?url';

const PAGE_SIZE = 20;
const HERE = '/akun/notifikasi';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('notif.title')} · ${tFromMatches(matches)('site.name')}` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const after = new URL(request.url).searchParams.get('setelah') || null;
  await requireSignedIn(request, { back: HERE });
  return query(request, MyNotificationsQuery, { first: PAGE_SIZE, after });
}

/** POST forms: `intent=read` with the notice's id, or `intent=read-all`; back to the same page. */
export async function action({ request }: ActionFunctionArgs) {
  await requireSignedIn(request, { back: HERE });
  const locale = getLocale(request);
  const form = await request.formData();
  const intent = form.get('intent');
  const id = form.get('id');
  const back = new URL(request.url).search;
  if (intent === 'read' && typeof id === 'string' && id) {
    const result = await execute(request, MarkNotificationReadMutation, { id }, 'mutation');
    if (result.error) return data({ error: formMessage(result.error, locale) }, { status: 400 });
    return redirect(`${HERE}${back}`);
  }
  if (intent === 'read-all') {
    const result = await execute(request, MarkAllNotificationsReadMutation, {}, 'mutation');
    if (result.error) return data({ error: formMessage(result.error, locale) }, { status: 400 });
    const params = new URLSearchParams(back);
    params.set('dibaca', String(result.data.markAllNotificationsRead));
    return redirect(`${HERE}?${params}`);
  }
  throw new Response('Bad Request', { status: 400 });
}

export default function Inbox() {
  const { t, locale } = useT();
  const dateTime = useDateTime();
  const { myNotifications: page, unreadNotificationCount: unread } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const markedAll = params.get('dibaca');
  const notices = page.edges.map((e) => e.node);
  return (
    <section aria-labelledby="inbox-title">
      <div className="notif-toolbar">
        <h1 id="inbox-title">{t('notif.title')}</h1>
        <Link to="/akun/notifikasi/pengaturan" className="tap-link">
          {t('notif.settingsLink')}
        </Link>
      </div>
      {markedAll && <Notice>{t('notif.markedAll', { count: markedAll })}</Notice>}
      <FormAlert message={actionData?.error} />
      <div className="notif-toolbar">
        <p className="muted" data-testid="inbox-count">
          {t('notif.count', { unread, total: page.totalCount })}
        </p>
        {unread > 0 && (
          <Form method="post">
            <input type="hidden" name="intent" value="read-all" />
            <button type="submit" className="button button-ghost">
              {t('notif.markAll')}
            </button>
          </Form>
        )}
      </div>
      {notices.length === 0 && <p className="muted">{t('notif.empty')}</p>}
      <ul className="notif-list">
        {notices.map((n) => (
          <li
            key={n.id}
            className={`card notif-item${n.readAt ? '' : ' notif-item-unread'}`}
            data-testid="notification"
            data-unread={n.readAt ? undefined : 'true'}
          >
            <div className="notif-meta">
              {!n.readAt && <span className="badge">{t('notif.unread')}</span>}
              <time dateTime={n.createdAt}>{dateTime(n.createdAt)}</time>
            </div>
            <h2>{locale === 'en' ? n.titleEn : n.title}</h2>
            <p>{locale === 'en' ? n.bodyEn : n.body}</p>
            <div className="notif-actions">
              {n.link && <Link to={n.link}>{t('notif.open')}</Link>}
              {!n.readAt && (
                <Form method="post">
                  <input type="hidden" name="intent" value="read" />
                  <input type="hidden" name="id" value={n.id} />
                  <button type="submit" className="button button-ghost">
                    {t('notif.markRead')}
                  </button>
                </Form>
              )}
            </div>
          </li>
        ))}
      </ul>
      <nav className="notif-pager" aria-label={t('notif.title')}>
        {params.get('setelah') ? <Link to={HERE}>{t('notif.newest')}</Link> : <span />}
        {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
          <Link to={`${HERE}?setelah=${encodeURIComponent(page.pageInfo.endCursor)}`}>{t('notif.older')} →</Link>
        )}
      </nav>
    </section>
  );
}
