import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { lastTwelveMonths } from '../components/oversight/filters';
import { hours, ikmText, percent } from '../components/oversight/LeagueTable';
import { Notice } from '../components/Notice';
import { ProductCard } from '../components/ProductCard';
import { feeText, slaText } from '../components/ServiceCard';
import {
  PublicVillageFiguresQuery,
  VillageOfficeQuery,
  VillagePageQuery,
  VillageProductsQuery,
} from '../graphql/oversight';
import { tFromMatches, useT, type MessageKey } from '../i18n';
import { query, querySection } from '../server/graphql.server';
import { formatDate } from '../utils/format';
import styles from '../styles/oversight.css?url';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction<typeof loader> = ({ matches, data }) => [
  { title: `${data?.office.name ?? ''} · ${tFromMatches(matches)('site.name')}` },
];

const WEEKDAYS_ID = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];
const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A village's public page: its office (places), services, news, products and service figures. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const code = params.code ?? '';
  if (!/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(code)) throw new Response(null, { status: 404 });
  const { village: office } = await query(request, VillageOfficeQuery, { code });
  const [page, products, figures] = await Promise.all([
    querySection(request, VillagePageQuery, { code }),
    querySection(request, VillageProductsQuery, { code }),
    querySection(request, PublicVillageFiguresQuery, { code, period: lastTwelveMonths() }),
  ]);
  return {
    office,
    posts: page?.posts ?? [],
    services: page ? page.services.edges.map((e) => e.node) : null,
    servicesTotal: page?.services.totalCount ?? 0,
    products: products?.search ?? null,
    figures: figures?.villageFigures.figures ?? null,
  };
}

export default function VillagePage() {
  const { t, locale } = useT();
  const { office, posts, services, servicesTotal, products, figures } = useLoaderData<typeof loader>();
  const weekdays = locale === 'en' ? WEEKDAYS_EN : WEEKDAYS_ID;
  return (
    <section className="ovs village-page">
      <header className="village-head">
        {office.logoUrl && <img src={office.logoUrl} alt="" width={64} height={64} />}
        <div>
          <p className="eyebrow">
            {office.type === 'KELURAHAN' ? 'Kelurahan' : 'Desa'} ·{' '}
            {t('village.district', { name: office.district.name })}
          </p>
          <h1>{office.name}</h1>
          {!office.online && <p className="badge badge-muted">{t('village.offline')}</p>}
        </div>
      </header>

      <div className="ovs-columns">
        <article className="card">
          <h2>{t('village.office')}</h2>
          <dl className="facts">
            {office.head && (
              <div>
                <dt>{office.head.title}</dt>
                <dd>{office.head.name}</dd>
              </div>
            )}
            {office.officeAddress && (
              <div>
                <dt>{t('village.address')}</dt>
                <dd>{office.officeAddress}</dd>
              </div>
            )}
            {office.phone && (
              <div>
                <dt>{t('village.phone')}</dt>
                <dd>{office.phone}</dd>
              </div>
            )}
            {office.openingHours.length > 0 && (
              <div>
                <dt>{t('village.hours')}</dt>
                <dd>
                  <ul className="plain">
                    {office.openingHours.map((h) => (
                      <li key={`${h.weekday}-${h.opens}`}>
                        {weekdays[h.weekday - 1]} {h.opens}–{h.closes}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
          </dl>
        </article>

        <article className="card">
          <h2>{t('village.figures')}</h2>
          {figures ? (
            <dl className="ovs-summary">
              <div>
                <dt>{t('ovs.col.requests')}</dt>
                <dd>{figures.requests}</dd>
              </div>
              <div>
                <dt>{t('ovs.col.onTime')}</dt>
                <dd>{percent(figures.onTimeShare)}</dd>
              </div>
              <div>
                <dt>{t('ovs.col.median')}</dt>
                <dd>{hours(figures.medianHours)}</dd>
              </div>
              <div>
                <dt>{t('ovs.col.ikm')}</dt>
                <dd>{ikmText(figures)}</dd>
              </div>
              <div>
                <dt>{t('ovs.col.complaints')}</dt>
                <dd>{figures.complaints}</dd>
              </div>
            </dl>
          ) : (
            <p className="muted">{t('ovs.chart.none')}</p>
          )}
          <p>
            <Link to={`/transparansi/${office.code}`}>{t('village.figures.more')} →</Link>
          </p>
        </article>
      </div>

      <h2>{t('village.services')}</h2>
      {services === null && <Notice tone="warning">{t('section.unavailable')}</Notice>}
      {services === null || services.length === 0 ? (
        <p className="muted">
          {office.online ? (
            <Link to={`/layanan?desa=${office.code}`}>{t('village.services.all')}</Link>
          ) : (
            t('village.services.none')
          )}
        </p>
      ) : (
        <>
          <ul className="svc-links" data-testid="village-services">
            {services.map((s) => (
              <li key={s.id} className="card">
                <Link to={`/layanan/${s.slug}?desa=${office.code}`}>{s.name}</Link>
                <p className="muted">
                  {slaText(t, s.slaHours)} · {feeText(t, s.fee)}
                </p>
              </li>
            ))}
          </ul>
          {servicesTotal > services.length && (
            <p>
              <Link to={`/layanan?desa=${office.code}`}>{t('village.services.all')} →</Link>
            </p>
          )}
        </>
      )}

      <h2>{t('village.news')}</h2>
      {posts.length === 0 ? (
        <p className="muted">{t('village.news.none')}</p>
      ) : (
        <ul className="svc-links">
          {posts.map((p) => (
            <li key={p.id} className="card">
              <p className="eyebrow">
                {t(`svc.info.${p.kind}` as MessageKey)}
                {p.publishedAt ? ` · ${formatDate(p.publishedAt)}` : ''}
              </p>
              <Link to={`/informasi/${p.slug}`}>{p.title}</Link>
              <p>{p.summary}</p>
            </li>
          ))}
        </ul>
      )}

      <h2>{t('village.products')}</h2>
      {!products && <Notice tone="warning">{t('section.unavailable')}</Notice>}
      {products && products.nodes.length > 0 && (
        <div className="product-grid">
          {products.nodes.map((p) => (
            <ProductCard key={p.id} data={p} />
          ))}
        </div>
      )}
      <p>
        <Link to={`/katalog?desa=${office.code}`}>{t('village.products.link')} →</Link>
      </p>
    </section>
  );
}
