import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { FormAlert, FormField } from '../components/FormField';
import { requireSignedIn } from '../server/auth.server';
import { StatusBadge } from '../components/orders/StatusBadge';
import { Timeline } from '../components/orders/Timeline';
import {
  AcceptSellerOrderMutation,
  CancelSellerOrderMutation,
  DeliverSellerOrderMutation,
  SellerOrderQuery,
  ShipSellerOrderMutation,
} from '../graphql/orders';
import { tFromMatches, useT } from '../i18n';
import styles from '../styles/orders.css?url';
import { formatRupiah } from '../utils/format';
import { execute, query } from '../server/graphql.server';
import { sellerStepForm } from '../server/form-schemas.server';
import { formMessage, readForm } from '../server/forms.server';
import { getLocale } from '../server/locale.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('ord.seller.title')} · ${tFromMatches(matches)('site.name')}` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSignedIn(request, { back: `/penjual/pesanan/${params.id}` });
  const { sellerOrder } = await query(request, SellerOrderQuery, { id: params.id ?? '' });
  return { part: sellerOrder };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireSignedIn(request, { back: `/penjual/pesanan/${params.id}` });
  const form = await request.formData();
  const intent = String(form.get('intent'));
  const id = params.id ?? '';
  const { courier, trackingNumber, reason } = readForm(sellerStepForm, form);
  const result =
    intent === 'accept'
      ? await execute(request, AcceptSellerOrderMutation, { id }, 'mutation')
      : intent === 'ship'
        ? await execute(request, ShipSellerOrderMutation, { id, courier, trackingNumber }, 'mutation')
        : intent === 'deliver'
          ? await execute(request, DeliverSellerOrderMutation, { id }, 'mutation')
          : intent === 'cancel'
            ? await execute(request, CancelSellerOrderMutation, { id, reason }, 'mutation')
            : null;
  if (!result) return data({ error: 'unknown step' }, { status: 400 });
  if (result.error) return data({ error: formMessage(result.error, getLocale(request)) }, { status: 400 });
  return redirect(`/penjual/pesanan/${params.id}`);
}

export default function SellerOrderPage() {
  const { t } = useT();
  const { part } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const a = part.shippingAddress;
  const cancellable = ['PAID', 'PROCESSING', 'ACCEPTED'].includes(part.status);
  return (
    <article>
      <h1>
        {part.orderCode} <StatusBadge status={part.status} />
      </h1>
      <FormAlert message={result?.error} />
      <ul className="ord-lines">
        {part.lines.map((line) => (
          <li key={line.id} className="ord-line">
            <span>
              {line.title} × {line.quantity}
            </span>
            <span>{formatRupiah(line.lineTotal)}</span>
          </li>
        ))}
      </ul>
      <p>
        {part.shippingOption}: {formatRupiah(part.shippingFee)}
      </p>
      <h2>{t('ord.seller.shipTo')}</h2>
      <address>
        {a.recipientName} · {a.phone}
        <br />
        {a.street}, {a.village}, {a.district}, {a.regency}, {a.province} {a.postalCode}
      </address>
      {['PAID', 'PROCESSING'].includes(part.status) && (
        <Form method="post">
          <button type="submit" name="intent" value="accept">
            {t('ord.seller.accept')}
          </button>
        </Form>
      )}
      {part.status === 'ACCEPTED' && (
        <Form method="post" className="ord-inline">
          <FormField name="courier" label={t('ord.seller.courier')} required maxLength={60} />
          <FormField name="trackingNumber" label={t('ord.seller.trackingNumber')} required maxLength={60} />
          <button type="submit" name="intent" value="ship">
            {t('ord.seller.ship')}
          </button>
        </Form>
      )}
      {part.status === 'SHIPPED' && (
        <Form method="post">
          <button type="submit" name="intent" value="deliver">
            {t('ord.seller.deliver')}
          </button>
        </Form>
      )}
      {cancellable && (
        <Form method="post" className="ord-inline">
          <FormField name="reason" label={t('ord.seller.reason')} required minLength={3} maxLength={500} />
          <button type="submit" name="intent" value="cancel" className="button-secondary">
            {t('ord.seller.cancel')}
          </button>
        </Form>
      )}
      <h2>{t('ord.order.timeline')}</h2>
      <Timeline events={part.events} />
    </article>
  );
}
