import type { CatalogSearchQuery } from '../../graphql/catalog';
import type { ResultOf } from '../../graphql/graphql';
import { useT, type MessageKey } from '../../i18n';
import { formatRupiah } from '../../utils/format';

type Facet = ResultOf<typeof CatalogSearchQuery>['search']['facets']['category'][number];

type Props = { name: string; legend: MessageKey; facets: Facet[]; selected: string; price?: boolean };

/** One facet as radio buttons (a plain GET form field), with "all" first. */
export function FacetGroup({ name, legend, facets, selected, price = false }: Props) {
  const { t } = useT();
  const label = (f: Facet) => {
    if (!price) return f.label;
    const [min, max] = f.value.split('-');
    return max ? `${formatRupiah(Number(min))} – ${formatRupiah(Number(max))}` : `≥ ${formatRupiah(Number(min))}`;
  };
  const options =
    selected && !facets.some((f) => f.value === selected)
      ? [{ value: selected, label: selected, count: 0 }, ...facets]
      : facets;
  return (
    <fieldset>
      <legend>{t(legend)}</legend>
      <label>
        <input type="radio" name={name} value="" defaultChecked={!selected} /> {t('cat.all')}
      </label>
      {options.map((f) => (
        <label key={f.value}>
          <input type="radio" name={name} value={f.value} defaultChecked={selected === f.value} />
          {label(f)} <span className="facet-count">({f.count})</span>
        </label>
      ))}
    </fieldset>
  );
}
