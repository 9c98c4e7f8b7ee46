import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { requireSignedIn } from '../server/auth.server';
import { StatusBadge } from '../components/orders/StatusBadge';
import { SellerInboxQuery } from '../graphql/orders';
import { intlLocale, tFromMatches, useT } from '../i18n';
import styles from '../styles/orders.css?url';
import { formatDate, formatRupiah } from '../utils/format';
import { query } from '../server/graphql.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('ord.seller.title')} · ${tFromMatches(matches)('site.name')}` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSignedIn(request, { back: '/penjual/pesanan' });
  const { sellerInbox } = await query(request, SellerInboxQuery, {});
  return { parts: sellerInbox.edges.map((edge) => edge.node) };
}

export default function SellerInbox() {
  const { t, locale } = useT();
  const { parts } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>{t('ord.seller.title')}</h1>
      {parts.length === 0 ? (
        <p>{t('ord.seller.empty')}</p>
      ) : (
        <ul className="ord-lines" data-testid="inbox">
          {parts.map((part) => (
            <li key={part.id} className="ord-line">
              <Link to={`/penjual/pesanan/${part.id}`}>{part.orderCode}</Link>
              <StatusBadge status={part.status} />
              <span className="muted">
                {formatDate(part.createdAt, intlLocale(locale))} ·{' '}
                {t(`ord.pay.${part.paymentMethod === 'COD' ? 'COD' : 'MIDTRANS'}`)}
              </span>
              <span>{formatRupiah(part.itemsTotal + part.shippingFee)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
