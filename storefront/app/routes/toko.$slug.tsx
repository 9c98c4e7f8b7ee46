import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useRouteError } from '@remix-run/react';
import { ErrorPage, errorTexts } from '../components/ErrorPage';
import { PartUnavailable } from '../components/PartUnavailable';
import { ProductGrid } from '../components/ProductCard';
import { CatalogSearchQuery, ShopBySlugQuery } from '../graphql/catalog';
import { tFromMatches, useT } from '../i18n';
import styles from '../styles/catalog.css?url';
import { query, querySection } from '../server/graphql.server';
import { whatsAppLink } from '../utils/whatsapp';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
const NOT_FOUND = { title: 'product.notFound.title', text: 'product.notFound.text' } as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { seller } = await query(request, ShopBySlugQuery, { slug: params.slug ?? '' });
  if (!seller) throw new Response('Not Found', { status: 404 });
  const after = new URL(request.url).searchParams.get('after') ?? undefined;
  // With products down the shop still shows, its products a note (decision 033).
  const products = await querySection(request, CatalogSearchQuery, {
    input: { sellerId: seller.id, sort: 'NEWEST', first: 24, after },
  });
  return { seller, search: products?.search ?? null };
}

export const meta: MetaFunction<typeof loader> = ({ data, error, matches }) => {
  const t = tFromMatches(matches);
  return [{ title: `${data ? data.seller.name : t(errorTexts(error, NOT_FOUND).title)} · ${t('site.name')}` }];
};

export default function ShopPage() {
  const { t } = useT();
  const { seller, search } = useLoaderData<typeof loader>();
  const link = whatsAppLink(seller.whatsapp, seller.name);
  return (
    <section aria-labelledby="shop-title">
      <p className="eyebrow" data-testid="shop-village" data-code={seller.villageCode}>
        {t('place.shopIn', { village: seller.village, district: seller.district })}
      </p>
      <h1 id="shop-title">{seller.name}</h1>
      <p className="prose">{seller.description}</p>
      {link && (
        <a className="button button-whatsapp" href={link} target="_blank" rel="noopener noreferrer">
          {t('product.whatsapp')}
        </a>
      )}
      <p>
        <Link to={`/katalog?desa=${seller.villageCode}`}>{t('place.villageProducts')}</Link>
      </p>
      <h2>{t('cat.shopProducts')}</h2>
      {!search ? (
        <PartUnavailable part="products" block />
      ) : search.nodes.length === 0 ? (
        <p className="muted">{t('cat.empty')}</p>
      ) : (
        <ProductGrid products={search.nodes} />
      )}
      {search?.pageInfo.hasNextPage && search.pageInfo.endCursor && (
        <nav className="pager">
          <Link to={`?after=${search.pageInfo.endCursor}`} rel="next">
            {t('cat.next')}
          </Link>
        </nav>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} notFound={NOT_FOUND} />;
}
