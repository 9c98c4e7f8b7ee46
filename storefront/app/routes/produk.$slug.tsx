import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData, useRouteError } from '@remix-run/react';
import { ErrorPage, errorTexts } from '../components/ErrorPage';
import { ProductImage } from '../components/ProductImage';
import { SellerCard } from '../components/SellerCard';
import { ProductBySlugQuery, type ProductVariantData } from '../graphql/products';
import { tFromMatches, useT } from '../i18n';
import { formatRupiah } from '../utils/format';
import { query } from '../utils/graphql.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { product } = await query(request, ProductBySlugQuery, { slug: params.slug ?? '' });
  if (!product) throw new Response('Not Found', { status: 404 });
  return { product };
}

const NOT_FOUND = { title: 'product.notFound.title', text: 'product.notFound.text' } as const;

export const meta: MetaFunction<typeof loader> = ({ data, error, matches }) => {
  const t = tFromMatches(matches);
  const title = data ? data.product.title : t(errorTexts(error, NOT_FOUND).title);
  return [{ title: `${title} · ${t('site.name')}` }];
};

function Variant({ variant }: { variant: ProductVariantData }) {
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
  return (
    <article className="product-page">
      <div className="product-media">
        <ProductImage slug={product.slug} title={product.title} imageUrl={product.imageUrl} eager />
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
        <section aria-labelledby="description-title">
          <h2 id="description-title">{t('product.description')}</h2>
          <p className="prose">{product.description}</p>
        </section>
        <SellerCard seller={product.seller} productTitle={product.title} />
      </div>
    </article>
  );
}

export function ErrorBoundary() {
  return (
    <ErrorPage
      error={useRouteError()}
      notFound={NOT_FOUND}
    />
  );
}
