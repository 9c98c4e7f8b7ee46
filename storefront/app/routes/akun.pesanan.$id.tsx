import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { FormAlert } from '../components/FormField';
import { requireSignedIn } from '../server/auth.server';
import { StatusBadge } from '../components/orders/StatusBadge';
import { PartUnavailable } from '../components/PartUnavailable';
import { Timeline } from '../components/orders/Timeline';
import type { ResultOf } from '../graphql/graphql';
import { ConfirmReceivedMutation, OrderQuery, ReviewMutation } from '../graphql/orders';

type OrderLine = NonNullable<ResultOf<typeof OrderQuery>['order']>['sellerOrders'][number]['lines'][number];
import { tFromMatches, useT } from '../i18n';
import styles from '../styles/orders.css?url';
import { formatRupiah } from '../utils/format';
import { execute, query } from '../server/graphql.server';
import { reviewForm } from '../server/form-schemas.server';
import { formMessage, parseForm } from '../server/forms.server';
import { getLocale } from '../server/locale.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data: loaded, matches }) => [
  {
    title: `${loaded ? tFromMatches(matches)('ord.order.title', { code: loaded.order.code }) : ''} · ${tFromMatches(matches)('site.name')}`,
  },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSignedIn(request, { back: `/akun/pesanan/${params.id}` });
  const { order } = await query(request, OrderQuery, { id: params.id ?? '' });
  if (!order) throw new Response('Not Found', { status: 404 });
  return { order };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireSignedIn(request, { back: `/akun/pesanan/${params.id}` });
  const locale = getLocale(request);
  const form = await request.formData();
  let result;
  if (form.get('intent') === 'review') {
    const review = parseForm(reviewForm, form, locale);
    if (review.errors) return data({ error: Object.values(review.errors.fields)[0] }, { status: 400 });
    result = await execute(request, ReviewMutation, review.data, 'mutation');
  } else result = await execute(request, ConfirmReceivedMutation, { orderId: params.id ?? '' }, 'mutation');
  if (result.error) return data({ error: formMessage(result.error, locale) }, { status: 400 });
  return redirect(`/akun/pesanan/${params.id}`);
}

function ReviewForm({ line }: { line: OrderLine }) {
  const { t } = useT();
  if (line.reviewed) return <span className="badge">{t('ord.review.done')}</span>;
  return (
    <Form method="post" className="ord-inline" aria-label={t('ord.review.title')}>
      <input type="hidden" name="intent" value="review" />
      <input type="hidden" name="orderLineId" value={line.id} />
      <label>
        {t('ord.review.rating')} <input type="number" name="rating" min={1} max={5} defaultValue={5} required />
      </label>
      <label>
        {t('ord.review.comment')} <input name="comment" maxLength={2000} />
      </label>
      <button type="submit">{t('ord.review.submit')}</button>
    </Form>
  );
}

export default function OrderPage() {
  const { t } = useT();
  const { order } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const delivered = order.sellerOrders.some((part) => part.status === 'DELIVERED');
  return (
    <article>
      <h1>
        {t('ord.order.title', { code: order.code })} <StatusBadge status={order.status} />
      </h1>
      <FormAlert message={result?.error} />
      {order.status === 'PENDING_PAYMENT' && order.payment?.redirectUrl && (
        <a className="button" href={order.payment.redirectUrl}>
          {t('ord.order.payNow')}
        </a>
      )}
      {order.sellerOrders.map((part) => (
        <section key={part.id} data-testid="seller-order">
          <h2>
            {part.seller ? part.seller.name : <PartUnavailable part="shop" />} <StatusBadge status={part.status} />
          </h2>
          <ul className="ord-lines">
            {part.lines.map((line) => (
              <li key={line.id} className="ord-line">
                <span>
                  {line.title} × {line.quantity}
                </span>
                <span>{formatRupiah(line.lineTotal)}</span>
                {part.status === 'COMPLETED' && <ReviewForm line={line} />}
              </li>
            ))}
          </ul>
          <p>
            {part.shippingOption}: {formatRupiah(part.shippingFee)}
          </p>
          {part.trackingNumber && (
            <p>{t('ord.order.tracking', { courier: part.courier ?? '', number: part.trackingNumber })}</p>
          )}
          {part.refundStatus && <p>{t('ord.order.refund', { status: part.refundStatus })}</p>}
        </section>
      ))}
      <p>
        {t('ord.order.shipping')}: {formatRupiah(order.shippingTotal)}
      </p>
      <p className="ord-total">
        {t('ord.order.total')}: <span data-testid="order-total">{formatRupiah(order.totalAmount)}</span>
      </p>
      {delivered && (
        <Form method="post">
          <button type="submit" name="intent" value="confirm">
            {t('ord.order.confirm')}
          </button>
        </Form>
      )}
      <h2>{t('ord.order.timeline')}</h2>
      <Timeline events={order.events} />
    </article>
  );
}
