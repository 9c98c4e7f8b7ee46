import { placeholderUrl } from '../../utils/placeholder';

/** A post's cover photo, or the shared placeholder drawn from its slug. */
export function Cover({ slug, coverKey, title }: { slug: string; coverKey: string | null; title: string }) {
  const src = coverKey ? `/media/services/${coverKey}` : placeholderUrl(slug);
  return <img className="post-cover" src={src} alt={title} loading="lazy" width={640} height={360} />;
}
