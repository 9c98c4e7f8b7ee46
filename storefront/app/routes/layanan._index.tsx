import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { feeText, slaText } from '../components/ServiceCard';
import { CatalogueQuery } from '../graphql/services';
import { tFromMatches, useT } from '../i18n';
import styles from '../styles/services.css?url';
import { query } from '../server/graphql.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('svc.catalogue.title')} · ${tFromMatches(matches)('site.name')}` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  return query(request, CatalogueQuery, {});
}

export default function Catalogue() {
  const { t } = useT();
  const { serviceCategories } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>{t('svc.catalogue.title')}</h1>
      <p className="lead">{t('svc.catalogue.lead')}</p>
      <p>
        <Link to="/lacak">{t('svc.track.title')}</Link> · <Link to="/pengaduan">{t('svc.complaint.title')}</Link> ·{' '}
        <Link to="/informasi">{t('svc.info.title')}</Link> · <Link to="/pelatihan">{t('svc.train.link')}</Link>
      </p>
      {serviceCategories.map((category) => (
        <section key={category.code} className="svc-category" aria-labelledby={`cat-${category.code}`}>
          <h2 id={`cat-${category.code}`}>{category.name}</h2>
          <div className="svc-grid">
            {category.services.map((service) => (
              <article key={service.id} className="card" data-testid="service-card">
                <h3 className="card-title">
                  <Link to={`/layanan/${service.slug}`}>{service.name}</Link>
                </h3>
                <p>{service.summary}</p>
                <dl className="facts">
                  <div>
                    <dt>{t('service.sla')}</dt>
                    <dd>{slaText(t, service.slaHours)}</dd>
                  </div>
                  <div>
                    <dt>{t('service.fee')}</dt>
                    <dd>{feeText(t, service.fee)}</dd>
                  </div>
                  {service.ikm.index !== null && (
                    <div>
                      <dt>IKM</dt>
                      <dd>
                        {service.ikm.index.toFixed(2)} ({service.ikm.grade})
                      </dd>
                    </div>
                  )}
                </dl>
              </article>
            ))}
          </div>
        </section>
      ))}
    </section>
  );
}
