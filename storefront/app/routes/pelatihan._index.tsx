import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { CoursesQuery } from '../graphql/services';
import { tFromMatches, useT, type MessageKey } from '../i18n';
import styles from '../styles/services.css?url';
import { query } from '../server/graphql.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('svc.train.title')} · ${tFromMatches(matches)('site.name')}` },
];

/** ?desa=35.10.06.2003: one village's courses only. */
export async function loader({ request }: LoaderFunctionArgs) {
  const desa = new URL(request.url).searchParams.get('desa');
  const villageCode = desa && /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(desa) ? desa : null;
  return query(request, CoursesQuery, { villageCode });
}

export default function Courses() {
  const { t } = useT();
  const { courses } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>{t('svc.train.title')}</h1>
      <p className="lead">{t('svc.train.lead')}</p>
      <div className="svc-grid">
        {courses.map((c) => (
          <article key={c.id} className="card" data-testid="course-card">
            <p className="eyebrow">{t(`svc.train.${c.audience}` as MessageKey)}</p>
            <h2 className="card-title">
              <Link to={`/pelatihan/${c.slug}`}>{c.title}</Link>
            </h2>
            <p>{c.summary}</p>
            {c.myProgress?.enrolled && (
              <p className="muted">
                {t('svc.train.progress', { done: c.myProgress.done.length, total: c.myProgress.total })}
              </p>
            )}
          </article>
        ))}
      </div>
    </section>
  );
}
