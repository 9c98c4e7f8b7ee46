import { useT } from '../i18n';

type Part = 'shop' | 'products' | 'orders' | 'requests' | 'person' | 'village';

/** Where a part from another subgraph would be when that subgraph cannot be reached (decision 033). */
export function PartUnavailable({ part, block = false }: { part: Part; block?: boolean }) {
  const { t } = useT();
  const Tag = block ? 'p' : 'span';
  return (
    <Tag className="muted small" data-testid="part-unavailable" data-part={part}>
      {t(`part.${part}`)}
    </Tag>
  );
}
