import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useRouteError, useRouteLoaderData } from '@remix-run/react';
import { ErrorPage, errorTexts } from '../components/ErrorPage';
import { Notice } from '../components/Notice';
import { feeText, slaText } from '../components/ServiceCard';
import { VillagePicker } from '../components/services/VillagePicker';
import { ServiceBySlugQuery } from '../graphql/services';
import { tFromMatches, useT } from '../i18n';
import { query } from '../server/graphql.server';
import { chooseVillage } from '../server/village-choice.server';

/**
 * A service as the chosen village offers it (`?desa=<code>`, else the domicile, else Sembulung):
 * its fee, promised time and office. When that village does not offer it, the regency template
 * is shown with a notice and no apply button.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  const { villageCode, villages } = await chooseVillage(request);
  const offered = (await query(request, ServiceBySlugQuery, { slug, villageCode })).service;
  const service = offered ?? (await query(request, ServiceBySlugQuery, { slug, villageCode: null })).service;
  if (!service) throw new Response('Not Found', { status: 404 });
  const village = villages.find((v) => v.code === villageCode) ?? null;
  return { service, offered: !!offered, villageCode, villageName: village?.name ?? villageCode, villages };
}

const NOT_FOUND = { title: 'service.notFound.title', text: 'service.notFound.text' } as const;

export const meta: MetaFunction<typeof loader> = ({ data, error, matches }) => {
  const t = tFromMatches(matches);
  const title = data ? data.service.name : t(errorTexts(error, NOT_FOUND).title);
  return [{ title: `${title} · ${t('site.name')}` }];
};

export default function ServicePage() {
  const { t } = useT();
  const { service, offered, villageCode, villageName, villages } = useLoaderData<typeof loader>();
  const signedIn = !!useRouteLoaderData<{ user: unknown }>('root')?.user;
  const desa = `?desa=${encodeURIComponent(villageCode)}`;
  return (
    <article className="service-page">
      <p className="eyebrow">{service.category.name}</p>
      <h1>{service.name}</h1>
      <p className="lead">{service.summary}</p>
      <VillagePicker villages={villages} villageCode={villageCode} />
      <p className="muted" data-testid="service-village">
        {t('svc.village.offered', { name: villageName })} ·{' '}
        <Link to={`/layanan${desa}`}>{t('svc.catalogue.title')}</Link>
      </p>
      {!offered && <Notice tone="warning">{t('svc.village.notOffered')}</Notice>}
      {offered && !service.active && <Notice tone="warning">{t('service.inactive')}</Notice>}
      <dl className="facts facts-row">
        <div>
          <dt>{t('service.sla')}</dt>
          <dd>{slaText(t, service.slaHours)}</dd>
        </div>
        <div>
          <dt>{t('service.fee')}</dt>
          <dd className={service.fee === 0 ? 'fee-free' : undefined}>{feeText(t, service.fee)}</dd>
        </div>
        <div>
          <dt>{t('service.office')}</dt>
          <dd>{service.office}</dd>
        </div>
        {service.openingHours && (
          <div>
            <dt>{t('svc.openingHours')}</dt>
            <dd>{service.openingHours}</dd>
          </div>
        )}
        {service.ikm.index !== null && (
          <div>
            <dt>{t('svc.ikm')}</dt>
            <dd data-testid="service-ikm">
              {service.ikm.index.toFixed(2)} ({service.ikm.grade})
            </dd>
          </div>
        )}
      </dl>
      {offered && service.active && (
        <p>
          <Link className="button" to={signedIn ? `/layanan/${service.slug}/ajukan${desa}` : '/masuk'}>
            {signedIn ? t('svc.apply') : t('svc.apply.signIn')}
          </Link>
        </p>
      )}
      <p className="prose">{service.description}</p>
      <p>
        <Link to={`/pengaduan?layanan=${service.slug}`}>{t('svc.complaint.link')}</Link>
      </p>
      <section aria-labelledby="requirements-title">
        <h2 id="requirements-title">{t('service.requirements')}</h2>
        {service.requirements.length === 0 ? (
          <p className="muted">{t('service.noRequirements')}</p>
        ) : (
          <ul className="checklist">
            {service.requirements.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
      </section>
      {service.steps.length > 0 && (
        <section aria-labelledby="steps-title">
          <h2 id="steps-title">{t('service.steps')}</h2>
          <ol className="steps">
            {service.steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} notFound={NOT_FOUND} />;
}
