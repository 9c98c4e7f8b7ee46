import { Link } from '@remix-run/react';
import type { ProductCardData } from '../graphql/products';
import { useT } from '../i18n';
import { formatRupiah } from '../utils/format';
import { ProductImage } from './ProductImage';

export function ProductCard({ product }: { product: ProductCardData }) {
  const { t } = useT();
  return (
    <article className="card product-card" data-testid="product-card">
      <Link to={`/produk/${product.slug}`} className="card-link">
        <ProductImage slug={product.slug} title={product.title} imageUrl={product.imageUrl} />
        <h3 className="card-title">{product.title}</h3>
      </Link>
      <p className="price" data-testid="price">
        {formatRupiah(product.priceFrom)}
      </p>
      <p className="muted small">
        {t('product.sellerFrom', { seller: product.seller.name, village: product.seller.village })}
      </p>
      {product.totalStock === 0 && <p className="badge badge-muted">{t('product.outOfStock')}</p>}
    </article>
  );
}

export function ProductGrid({ products }: { products: ProductCardData[] }) {
  return (
    <ul className="product-grid" role="list">
      {products.map((p) => (
        <li key={p.id}>
          <ProductCard product={p} />
        </li>
      ))}
    </ul>
  );
}
