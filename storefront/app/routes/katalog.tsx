import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData, useNavigation, useSubmit } from '@remix-run/react';
import { FacetGroup } from '../components/catalog/Facets';
import { PlaceSelects } from '../components/catalog/PlaceSelects';
import { ProductGrid } from '../components/ProductCard';
import { CatalogSearchQuery } from '../graphql/catalog';
import { tFromMatches, useT } from '../i18n';
import styles from '../styles/catalog.css?url';
import { query } from '../server/graphql.server';
import { loadPlacePicker } from '../server/place-picker.server';
import { districtParam, villageParam } from '../utils/place-codes';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => {
  const t = tFromMatches(matches);
  return [{ title: `${t('cat.title')} · ${t('site.name')}` }];
};

const SORTS = ['RELEVANCE', 'NEWEST', 'PRICE_ASC', 'PRICE_DESC'] as const;
const int = (value: string | null) => (value && /^\d{1,10}$/.test(value) ? Number(value) : undefined);

/**
 * Everything is in the URL: `?q=&kategori=&kecamatan=35.10.06&desa=35.10.06.2003&teknik=&harga=min-max&stok=1&urut=&after=`.
 * Places are Kemendagri codes; a desa outside the chosen kecamatan is dropped (the kecamatan was changed).
 */
export function searchParamsToInput(params: URLSearchParams) {
  const [min, max] = (params.get('harga') ?? '').split('-');
  const sort = SORTS.find((s) => s === params.get('urut')) ?? 'RELEVANCE';
  const districtCode = districtParam(params.get('kecamatan'));
  return {
    text: params.get('q') || undefined,
    categorySlug: params.get('kategori') || undefined,
    districtCode,
    villageCode: villageParam(params.get('desa'), districtCode),
    technique: params.get('teknik') || undefined,
    priceMin: int(params.get('min')) ?? int(min ?? null),
    priceMax: int(params.get('max')) ?? (max ? int(max) : undefined),
    inStock: params.get('stok') === '1' || undefined,
    sort,
    first: 24,
    after: params.get('after') || undefined,
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const input = searchParamsToInput(params);
  // A desa link alone (/katalog?desa=…, from a village page) also picks its kecamatan.
  const districtCode = input.districtCode ?? input.villageCode?.split('.').slice(0, 3).join('.');
  const [{ search }, places] = await Promise.all([
    query(request, CatalogSearchQuery, { input }),
    loadPlacePicker(request, districtCode),
  ]);
  return {
    search,
    places,
    district: districtCode ?? '',
    village: input.villageCode ?? '',
    params: Object.fromEntries(params) as Record<string, string>,
  };
}

export default function Catalog() {
  const { t } = useT();
  const { search, places, district, village, params } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const submit = useSubmit();
  const loading = navigation.state === 'loading' && navigation.location.pathname === '/katalog';
  const next = new URLSearchParams(params);
  if (search.pageInfo.endCursor) next.set('after', search.pageInfo.endCursor);
  const first = new URLSearchParams(params);
  first.delete('after');
  return (
    <section aria-labelledby="catalog-title">
      <h1 id="catalog-title">{t('cat.title')}</h1>
      <Form
        method="get"
        role="search"
        className="catalog"
        onChange={(e) => {
          // Facets, sort and the stock box apply at once; the words wait for Enter or the button.
          if ((e.target as HTMLInputElement).type !== 'search')
            submit(e.currentTarget, { replace: true, preventScrollReset: true });
        }}
      >
        <div className="facets" id="saring">
          <FacetGroup
            name="kategori"
            legend="cat.category"
            facets={search.facets.category}
            selected={params.kategori ?? ''}
          />
          <fieldset data-testid="place-filter">
            <legend>{t('cat.village')}</legend>
            <PlaceSelects
              districts={places.districts}
              villages={places.villages}
              district={district}
              village={village}
            />
          </fieldset>
          <FacetGroup
            name="teknik"
            legend="cat.technique"
            facets={search.facets.technique}
            selected={params.teknik ?? ''}
          />
          <FacetGroup
            name="harga"
            legend="cat.price"
            facets={search.facets.price}
            selected={params.harga ?? ''}
            price
          />
          <label>
            <input type="checkbox" name="stok" value="1" defaultChecked={params.stok === '1'} /> {t('cat.inStock')}{' '}
            <span className="facet-count">({search.facets.inStock})</span>
          </label>
          <p>
            <button type="submit" className="button button-light">
              {t('cat.apply')}
            </button>{' '}
            <Link to="/katalog">{t('cat.clear')}</Link>
          </p>
        </div>
        <div>
          <a href="#saring" className="facets-jump">
            {t('cat.filters')}
          </a>
          <div className="catalog-search">
            <label htmlFor="catalog-q" className="visually-hidden">
              {t('cat.searchLabel')}
            </label>
            <input
              id="catalog-q"
              type="search"
              name="q"
              defaultValue={params.q ?? ''}
              placeholder={t('cat.searchPlaceholder')}
            />
            <button type="submit" className="button">
              {t('cat.search')}
            </button>
          </div>
          <div className="catalog-toolbar">
            <p role="status" data-testid="result-count">
              {loading ? t('cat.loading') : t('cat.results', { count: search.totalCount })}
            </p>
            <label>
              {t('cat.sort')}{' '}
              <select name="urut" defaultValue={params.urut ?? 'RELEVANCE'}>
                {SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`cat.sort.${s}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className={loading ? 'catalog-results is-loading' : 'catalog-results'} aria-busy={loading}>
            {search.nodes.length === 0 ? (
              <p className="muted" data-testid="empty">
                {t('cat.empty')}
              </p>
            ) : (
              <ProductGrid products={search.nodes} />
            )}
          </div>
          <nav className="pager" aria-label="pagination">
            {params.after && <Link to={`?${first}`}>{t('cat.first')}</Link>}
            {search.pageInfo.hasNextPage && (
              <Link to={`?${next}`} rel="next">
                {t('cat.next')}
              </Link>
            )}
          </nav>
        </div>
      </Form>
    </section>
  );
}
