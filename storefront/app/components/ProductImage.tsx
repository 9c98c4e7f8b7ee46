import { placeholderUrl } from '../utils/placeholder';

type Props = { slug: string; title: string; imageUrl: string | null; eager?: boolean };

/** Uploaded photos exist at 320, 640 and 1024 px (`…-640.webp`): offer them all to the browser. */
function srcSetOf(imageUrl: string | null): string | undefined {
  const match = imageUrl && /^(\/media\/products\/.+)-640\.webp$/.exec(imageUrl);
  return match ? [320, 640, 1024].map((w) => `${match[1]}-${w}.webp ${w}w`).join(', ') : undefined;
}

export function ProductImage({ slug, title, imageUrl, eager = false }: Props) {
  const srcSet = srcSetOf(imageUrl);
  return (
    <img
      className="product-image"
      src={imageUrl ?? placeholderUrl(slug)}
      srcSet={srcSet}
      sizes={srcSet ? '(min-width: 48rem) 25vw, 50vw' : undefined}
      alt={title}
      width={400}
      height={400}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
    />
  );
}
