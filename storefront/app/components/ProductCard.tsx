import { Link } from '@remix-run/react';
import { readFragment, type FragmentOf } from '../graphql/graphql';
import { ProductCardFragment } from '../graphql/products';
import { useT } from '../i18n';
import { formatRupiah } from '../utils/format';
import { PartUnavailable } from './PartUnavailable';
import { ProductImage } from './ProductImage';

export function ProductCard({ data }: { data: FragmentOf<typeof ProductCardFragment> }) {
  const { t } = useT();
  const product = readFragment(ProductCardFragment, data);
  return (
    <article className="card product-card" data-testid="product-card">
      <Link to={`/produk/${product.slug}`} className="card-link">
        <ProductImage slug={product.slug} title={product.title} imageUrl={product.imageUrl} />
        <h3 className="card-title">{product.title}</h3>
      </Link>
      <p className="price" data-testid="price">
        {formatRupiah(product.priceFrom)}
      </p>
      {product.seller ? (
        <p className="muted small">
          {t('product.sellerFrom', { seller: product.seller.name, village: product.seller.village })}
        </p>
      ) : (
        <PartUnavailable part="shop" block />
      )}
      {product.totalStock === 0 && <p className="badge badge-muted">{t('product.outOfStock')}</p>}
    </article>
  );
}

/** Products as cards; each needs its id beside the masked card fields. */
export function ProductGrid({ products }: { products: (FragmentOf<typeof ProductCardFragment> & { id: string })[] }) {
  return (
    <ul className="product-grid" role="list">
      {products.map((p) => (
        <li key={p.id}>
          <ProductCard data={p} />
        </li>
      ))}
    </ul>
  );
}
