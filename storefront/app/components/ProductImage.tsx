import { placeholderUrl } from '../utils/placeholder';

type Props = { slug: string; title: string; imageUrl: string | null; eager?: boolean };

export function ProductImage({ slug, title, imageUrl, eager = false }: Props) {
  return (
    <img
      className="product-image"
      src={imageUrl ?? placeholderUrl(slug)}
      alt={title}
      width={400}
      height={400}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
    />
  );
}
