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
import {
  RejectShopMutation,
  RestoreShopMutation,
  ReviewQueueQuery,
  SuspendShopMutation,
  VerifyShopMutation,
} from '../graphql/catalog';
import { shopReviewForm } from '../server/form-schemas.server';
import { readForm, toFormErrors, type FormErrors } from '../server/forms.server';
import { tFromMatches, useT } from '../i18n';
import styles from '../styles/catalog.css?url';
import { execute, query } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';
import { requireRole, STAFF_ROLES } from '../server/auth.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('staff.shops.title')} · ${tFromMatches(matches)('site.name')}` },
];

const STATUSES = ['PENDING', 'VERIFIED', 'SUSPENDED', 'REJECTED'] as const;
const ACTIONS = ['verify', 'reject', 'suspend', 'restore'] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
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
        errors: { fields: {}, form: 'Unknown action' } as FormErrors,
        id: '',
      },
      { status: 400 },
    );
  const { id, reason } = readForm(shopReviewForm, form);
  const result =
    intent === 'verify'
      ? await execute(request, VerifyShopMutation, { id }, 'mutation')
      : intent === 'reject'
        ? await execute(request, RejectShopMutation, { id, reason }, 'mutation')
        : intent === 'suspend'
          ? await execute(request, SuspendShopMutation, { id, reason }, 'mutation')
          : await execute(request, RestoreShopMutation, { id }, 'mutation');
  if (result.error)
    return data(
      {
        errors: toFormErrors(result.error, getLocale(request), { known: ['reason'] }) as FormErrors,
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
      <p className="muted">{t('staff.shops.scope')}</p>
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
        <article
          key={shop.id}
          className="card"
          data-testid="review-shop"
          data-name={shop.name}
          data-village={shop.villageCode}
        >
          <h2>{shop.name}</h2>
          <p>
            {t('place.shopIn', { village: shop.village, district: shop.district })} · {shop.whatsapp}
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
