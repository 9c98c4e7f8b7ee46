import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { requireSignedIn } from '../server/auth.server';
import { StatusBadge } from '../components/orders/StatusBadge';
import { MyOrdersQuery } from '../graphql/orders';
import { intlLocale, tFromMatches, useT } from '../i18n';
import styles from '../styles/orders.css?url';
import { formatDate, formatRupiah } from '../utils/format';
import { query } from '../server/graphql.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('ord.orders.title')} · ${tFromMatches(matches)('site.name')}` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSignedIn(request, { back: '/akun/pesanan' });
  const { myOrders } = await query(request, MyOrdersQuery, {});
  return { orders: myOrders.edges.map((edge) => edge.node) };
}

export default function MyOrders() {
  const { t, locale } = useT();
  const { orders } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>{t('ord.orders.title')}</h1>
      {orders.length === 0 ? (
        <p>{t('ord.orders.empty')}</p>
      ) : (
        <ul className="ord-lines">
          {orders.map((order) => (
            <li key={order.id} className="ord-line">
              <Link to={`/akun/pesanan/${order.id}`}>{order.code}</Link>
              <StatusBadge status={order.status} />
              <span className="muted">{formatDate(order.createdAt, intlLocale(locale))}</span>
              <span>{formatRupiah(order.totalAmount)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
