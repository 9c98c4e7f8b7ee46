import type { LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import type { ReactNode } from 'react';
import { Notice } from '../components/Notice';
import { ProductGrid } from '../components/ProductCard';
import { ServiceCard } from '../components/ServiceCard';
import { ProductsByCategoryQuery } from '../graphql/products';
import { FeaturedServicesQuery } from '../graphql/services';
import { useT, type MessageKey } from '../i18n';
import { querySection } from '../server/graphql.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const [batik, produce, services] = await Promise.all([
    querySection(request, ProductsByCategoryQuery, { categorySlug: 'batik', first: 8 }),
    querySection(request, ProductsByCategoryQuery, { categorySlug: 'hasil-tani', first: 8 }),
    querySection(request, FeaturedServicesQuery, { limit: 6 }),
  ]);
  return {
    batik: batik?.products.edges.map((e) => e.node) ?? null,
    produce: produce?.products.edges.map((e) => e.node) ?? null,
    services: services?.featuredServices ?? null,
  };
}

function Section(props: { id: string; title: MessageKey; intro?: MessageKey; children: ReactNode }) {
  const { t } = useT();
  return (
    <section className="section" id={props.id} aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{t(props.title)}</h2>
      {props.intro && <p className="section-intro">{t(props.intro)}</p>}
      {props.children}
    </section>
  );
}

function SectionBody<T>(props: { items: T[] | null; empty: MessageKey; render: (items: T[]) => ReactNode }) {
  const { t } = useT();
  if (props.items === null) return <Notice tone="warning">{t('section.unavailable')}</Notice>;
  if (props.items.length === 0) return <Notice>{t(props.empty)}</Notice>;
  return <>{props.render(props.items)}</>;
}

export default function Home() {
  const { t } = useT();
  const { batik, produce, services } = useLoaderData<typeof loader>();
  const allDown = batik === null && produce === null && services === null;
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t('home.hero.title')}</h1>
        <p>{t('home.hero.text')}</p>
        <div className="hero-actions">
          <a href="#batik" className="button">
            {t('home.hero.shop')}
          </a>
          <a href="#layanan" className="button button-light">
            {t('home.hero.services')}
          </a>
        </div>
      </section>
      {allDown && (
        <Notice tone="warning">
          <strong>{t('error.unavailable.title')}</strong> {t('error.unavailable.text')}
        </Notice>
      )}
      <Section id="batik" title="home.batik.title">
        <SectionBody items={batik} empty="home.products.empty" render={(items) => <ProductGrid products={items} />} />
      </Section>
      <Section id="hasil-tani" title="home.produce.title">
        <SectionBody items={produce} empty="home.products.empty" render={(items) => <ProductGrid products={items} />} />
      </Section>
      <Section id="layanan" title="home.services.title" intro="home.services.text">
        <SectionBody
          items={services}
          empty="home.services.empty"
          render={(items) => (
            <ul className="service-grid" role="list">
              {items.map((s) => (
                <li key={s.id}>
                  <ServiceCard data={s} />
                </li>
              ))}
            </ul>
          )}
        />
      </Section>
    </>
  );
}
