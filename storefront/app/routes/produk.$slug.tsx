import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useRouteError, useSearchParams } from '@remix-run/react';
import { AddToCartForm } from '../components/orders/AddToCartForm';
import styles from '../styles/catalog.css?url';
import { ErrorPage, errorTexts } from '../components/ErrorPage';
import { ProductImage } from '../components/ProductImage';
import { SellerCard } from '../components/SellerCard';
import { Notice } from '../components/Notice';
import type { ResultOf } from '../graphql/graphql';
import { ProductBySlugQuery } from '../graphql/products';
import { tFromMatches, useT } from '../i18n';
import { formatRupiah } from '../utils/format';
import { query } from '../server/graphql.server';

type ProductDetail = NonNullable<ResultOf<typeof ProductBySlugQuery>['product']>;
type ProductVariant = ProductDetail['variants'][number];

export async function loader({ request, params }: LoaderFunctionArgs) {
  // With sellers down the product still comes, its shop null (decision 033).
  const { product } = await query(request, ProductBySlugQuery, { slug: params.slug ?? '' });
  if (!product) throw new Response('Not Found', { status: 404 });
  return { product };
}

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];

const NOT_FOUND = { title: 'product.notFound.title', text: 'product.notFound.text' } as const;

export const meta: MetaFunction<typeof loader> = ({ data, error, matches }) => {
  const t = tFromMatches(matches);
  const title = data ? data.product.title : t(errorTexts(error, NOT_FOUND).title);
  return [{ title: `${title} · ${t('site.name')}` }];
};

function Variant({ variant }: { variant: ProductVariant }) {
  const { t } = useT();
  return (
    <li className="variant">
      <span className="variant-name">{variant.name}</span>
      <span className="variant-price">{formatRupiah(variant.price)}</span>
      <span className={variant.stock === 0 ? 'badge badge-muted' : 'badge'}>
        {variant.stock === 0 ? t('product.outOfStock') : t('product.inStock', { count: variant.stock })}
      </span>
    </li>
  );
}

export default function ProductPage() {
  const { t } = useT();
  const { product } = useLoaderData<typeof loader>();
  const prices = new Set(product.variants.map((v) => v.price));
  const [params] = useSearchParams();
  const selected =
    product.variants.find((v) => v.sku === params.get('varian')) ??
    product.variants.find((v) => v.stock > 0) ??
    product.variants[0];
  const [cover, ...morePhotos] = product.photos;
  return (
    <article className="product-page">
      <div className="product-media">
        {cover ? (
          <div className="gallery">
            <img
              className="product-image"
              src={cover.url}
              srcSet={cover.srcset}
              sizes="(min-width: 48rem) 50vw, 100vw"
              alt={product.title}
              width={cover.width || 640}
              height={cover.height || 640}
            />
            <div className="photo-strip">
              {morePhotos.map((p, i) => (
                <img
                  key={p.id}
                  src={p.url}
                  srcSet={p.srcset}
                  sizes="6rem"
                  loading="lazy"
                  alt={t('cat.photoOf', { n: i + 2, title: product.title })}
                />
              ))}
            </div>
          </div>
        ) : (
          <ProductImage slug={product.slug} title={product.title} imageUrl={product.imageUrl} eager />
        )}
      </div>
      <div className="product-info">
        <p className="eyebrow">{product.category.name}</p>
        <h1>{product.title}</h1>
        <p className="price price-large">
          {prices.size > 1 && <span className="price-label">{t('product.priceFrom')} </span>}
          <span data-testid="price">{formatRupiah(product.priceFrom)}</span>
        </p>
        <section aria-labelledby="variants-title">
          <h2 id="variants-title">{t('product.variants')}</h2>
          {product.variants.length === 0 ? (
            <p className="muted">{t('product.noVariants')}</p>
          ) : (
            <ul className="variants" role="list">
              {product.variants.map((v) => (
                <Variant key={v.id} variant={v} />
              ))}
            </ul>
          )}
        </section>
        {product.variants.length > 1 && (
          <nav aria-label={t('cat.chooseVariant')} className="variant-picker" data-testid="variant-picker">
            {product.variants.map((v) => (
              <Link
                key={v.id}
                to={`?varian=${encodeURIComponent(v.sku)}`}
                replace
                preventScrollReset
                aria-current={v.id === selected?.id ? 'true' : undefined}
                className={v.id === selected?.id ? 'button' : 'button button-light'}
              >
                {v.name}
              </Link>
            ))}
          </nav>
        )}
        {selected && (
          <div className="card" data-testid="selected-variant">
            <p>
              <strong>{selected.name}</strong> · {formatRupiah(selected.price)}{' '}
              <span className={selected.stock === 0 ? 'badge badge-muted' : 'badge'}>
                {selected.stock === 0 ? t('product.outOfStock') : t('product.inStock', { count: selected.stock })}
              </span>
            </p>
            <AddToCartForm
              variantId={selected.id}
              disabled={selected.stock === 0}
              redirectTo={`/produk/${product.slug}`}
            />
          </div>
        )}
        {product.attributes.length > 0 && (
          <dl className="facts">
            {product.attributes.map((a) => (
              <div key={a.name}>
                <dt>{a.name}</dt>
                <dd>{a.value}</dd>
              </div>
            ))}
          </dl>
        )}
        <section aria-labelledby="description-title">
          <h2 id="description-title">{t('product.description')}</h2>
          <p className="prose">{product.description}</p>
        </section>
        {product.seller ? (
          <>
            <SellerCard data={product.seller} productTitle={product.title} />
            <p>
              <Link to={`/toko/${product.seller.slug}`}>{t('cat.visitShop')}</Link>
            </p>
          </>
        ) : (
          <Notice tone="warning">{t('product.shopUnavailable')}</Notice>
        )}
      </div>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} notFound={NOT_FOUND} />;
}
