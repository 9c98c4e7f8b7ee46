import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { feeText, slaText } from '../components/ServiceCard';
import { VillagePicker } from '../components/services/VillagePicker';
import { VillageCatalogueQuery } from '../graphql/village-services';
import { tFromMatches, useT } from '../i18n';
import styles from '../styles/services.css?url';
import { query } from '../server/graphql.server';
import { chooseVillage } from '../server/village-choice.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('svc.catalogue.title')} · ${tFromMatches(matches)('site.name')}` },
];

/** What the chosen village offers (`?desa=<code>`, else the domicile, else Sembulung), by category. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { villageCode, villages } = await chooseVillage(request);
  const data = await query(request, VillageCatalogueQuery, { villageCode });
  const offered = data.services.edges.map((e) => e.node);
  const serviceCategories = data.serviceCategories
    .map((category) => ({ ...category, services: offered.filter((s) => s.category.code === category.code) }))
    .filter((category) => category.services.length > 0);
  const villageName = villages.find((v) => v.code === villageCode)?.name ?? villageCode;
  return { serviceCategories, villageCode, villageName, villages };
}

export default function Catalogue() {
  const { t } = useT();
  const { serviceCategories, villageCode, villageName, villages } = useLoaderData<typeof loader>();
  const desa = `?desa=${encodeURIComponent(villageCode)}`;
  return (
    <section>
      <h1>{t('svc.catalogue.title')}</h1>
      <p className="lead">{t('svc.catalogue.lead')}</p>
      <VillagePicker villages={villages} villageCode={villageCode} />
      <h2 data-testid="catalogue-village">{t('svc.village.offered', { name: villageName })}</h2>
      {serviceCategories.length === 0 && <p className="muted">{t('svc.village.none')}</p>}
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
                  <Link to={`/layanan/${service.slug}${desa}`}>{service.name}</Link>
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
