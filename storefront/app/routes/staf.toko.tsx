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
import { ReviewQueueQuery, StaffShopMutations } from '../graphql/catalog';
import { tFromMatches, useT } from '../i18n';
import styles from '../styles/catalog.css?url';
import { toFormErrors } from '../utils/forms.server';
import { execute, query } from '../utils/graphql.server';
import { getLocale } from '../utils/locale.server';
import { getUser } from '../utils/session.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('staff.shops.title')} · ${tFromMatches(matches)('site.name')}` },
];

const STATUSES = ['PENDING', 'VERIFIED', 'SUSPENDED', 'REJECTED'] as const;
const ACTIONS = ['verify', 'reject', 'suspend', 'restore'] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (!user) throw redirect('/masuk');
  if (!user.roles.some((r) => r === 'STAFF' || r === 'ADMIN')) throw new Response('Forbidden', { status: 403 });
  const status = STATUSES.find((s) => s === new URL(request.url).searchParams.get('status')) ?? 'PENDING';
  const { shopsForReview } = await query(request, ReviewQueueQuery, { status });
  return { status, shops: shopsForReview.edges.map((e) => e.node) };
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = ACTIONS.find((a) => a === form.get('intent'));
  if (!intent)
    return data(
      {
        errors: { fields: {}, form: 'Unknown action' } as { fields: Partial<Record<string, string>>; form?: string },
        id: '',
      },
      { status: 400 },
    );
  const id = String(form.get('id') ?? '');
  const reason = String(form.get('reason') ?? '');
  const result = await execute(
    request,
    StaffShopMutations[intent],
    { id, ...(intent === 'reject' || intent === 'suspend' ? { reason } : {}) },
    'mutation',
  );
  if (result.error)
    return data(
      {
        errors: toFormErrors(result.error, ['reason'], getLocale(request)) as {
          fields: Partial<Record<string, string>>;
          form?: string;
        },
        id,
      },
      { status: 400 },
    );
  return redirect(request.url.replace(/^https?:\/\/[^/]+/, ''));
}

export default function StaffShops() {
  const { t } = useT();
  const { status, shops } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section aria-labelledby="staff-shops-title">
      <h1 id="staff-shops-title">{t('staff.shops.title')}</h1>
      <nav className="inline-form" aria-label={t('seller.status')}>
        {STATUSES.map((s) => (
          <Link
            key={s}
            to={`?status=${s}`}
            aria-current={s === status ? 'page' : undefined}
            className={s === status ? 'button' : 'button button-light'}
          >
            {s}
          </Link>
        ))}
      </nav>
      {shops.length === 0 && <p className="muted">{t('staff.shops.empty')}</p>}
      {shops.map((shop) => (
        <article key={shop.id} className="card" data-testid="review-shop" data-name={shop.name}>
          <h2>{shop.name}</h2>
          <p>
            {shop.village}, {shop.district} · {shop.whatsapp}
          </p>
          <p className="prose">{shop.description}</p>
          {shop.rejectionReason && <p className="muted">{shop.rejectionReason}</p>}
          {actionData?.id === shop.id && (
            <FormAlert message={actionData.errors.fields.reason ?? actionData.errors.form} />
          )}
          <Form method="post" className="inline-form">
            <input type="hidden" name="id" value={shop.id} />
            {(shop.verificationStatus === 'PENDING' || shop.verificationStatus === 'REJECTED') && (
              <button className="button" name="intent" value="verify">
                {t('staff.verify')}
              </button>
            )}
            {shop.verificationStatus === 'SUSPENDED' && (
              <button className="button" name="intent" value="restore">
                {t('staff.restore')}
              </button>
            )}
            {(shop.verificationStatus === 'PENDING' || shop.verificationStatus === 'VERIFIED') && (
              <>
                <label htmlFor={`reason-${shop.id}`} className="visually-hidden">
                  {t('staff.reason')}
                </label>
                <input id={`reason-${shop.id}`} name="reason" placeholder={t('staff.reason')} />
                <button
                  className="button button-light"
                  name="intent"
                  value={shop.verificationStatus === 'PENDING' ? 'reject' : 'suspend'}
                >
                  {shop.verificationStatus === 'PENDING' ? t('staff.reject') : t('staff.suspend')}
                </button>
              </>
            )}
          </Form>
        </article>
      ))}
    </section>
  );
}
