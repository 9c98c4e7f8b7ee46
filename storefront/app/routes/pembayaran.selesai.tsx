import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useRevalidator } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { requireSignedIn } from '../server/auth.server';
import { StatusBadge } from '../components/orders/StatusBadge';
import { OrderQuery } from '../graphql/orders';
import { tFromMatches, useT } from '../i18n';
import styles from '../styles/orders.css?url';
import { formatRupiah } from '../utils/format';
import { query } from '../server/graphql.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('ord.return.title')} · ${tFromMatches(matches)('site.name')}` },
];

/** Midtrans sends the buyer back here; the state shown is the order's, confirmed by the notification. */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  await requireSignedIn(request, { back: `${url.pathname}${url.search}` });
  const { order } = await query(request, OrderQuery, { id: url.searchParams.get('order_id') ?? '' });
  if (!order) throw new Response('Not Found', { status: 404 });
  return { order };
}

const MAX_POLLS = 15;

export default function PaymentReturn() {
  const { t } = useT();
  const { order } = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const [polls, setPolls] = useState(0);
  const pending = order.status === 'PENDING_PAYMENT';
  useEffect(() => {
    if (!pending || polls >= MAX_POLLS || revalidator.state !== 'idle') return;
    const timer = setTimeout(() => {
      setPolls((n) => n + 1);
      revalidator.revalidate();
    }, 2000);
    return () => clearTimeout(timer);
  }, [pending, polls, revalidator]);
  const message = pending
    ? 'ord.return.pending'
    : ['CANCELLED', 'EXPIRED'].includes(order.status)
      ? 'ord.return.failed'
      : 'ord.return.paid';
  return (
    <section>
      <h1>{t('ord.return.title')}</h1>
      <p role="status" data-testid="payment-status">
        {t(message)} <StatusBadge status={order.status} />
      </p>
      <p>
        {order.code} · {formatRupiah(order.totalAmount)}
      </p>
      <Link to={`/akun/pesanan/${order.id}`}>{t('ord.return.view')}</Link>
    </section>
  );
}
