import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { Cover } from '../components/services/Cover';
import { PostsQuery } from '../graphql/services';
import { tFromMatches, useT, type MessageKey } from '../i18n';
import styles from '../styles/services.css?url';
import { formatDate } from '../utils/format';
import { query } from '../server/graphql.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('svc.info.title')} · ${tFromMatches(matches)('site.name')}` },
];
const KINDS = ['NEWS', 'EVENT', 'TOURISM', 'CULINARY'] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const kind = params.get('jenis');
  const chosen = KINDS.find((k) => k === kind) ?? null;
  // ?desa=35.10.06.2003: one village's posts only.
  const desa = params.get('desa');
  const villageCode = desa && /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(desa) ? desa : null;
  return { kind: chosen, villageCode, ...(await query(request, PostsQuery, { kind: chosen, villageCode })) };
}

export default function Posts() {
  const { t } = useT();
  const { posts, kind, villageCode } = useLoaderData<typeof loader>();
  const desa = villageCode ? `&desa=${villageCode}` : '';
  return (
    <section>
      <h1>{t('svc.info.title')}</h1>
      <p className="lead">{t('svc.info.lead')}</p>
      <nav className="chips">
        <Link
          className={kind ? 'badge badge-muted' : 'badge'}
          to={villageCode ? `/informasi?desa=${villageCode}` : '/informasi'}
        >
          {t('svc.info.all')}
        </Link>
        {KINDS.map((k) => (
          <Link key={k} className={kind === k ? 'badge' : 'badge badge-muted'} to={`/informasi?jenis=${k}${desa}`}>
            {t(`svc.info.${k}` as MessageKey)}
          </Link>
        ))}
      </nav>
      {posts.length === 0 && <p className="muted">{t('svc.info.empty')}</p>}
      <div className="svc-grid">
        {posts.map((p) => (
          <article key={p.id} className="card" data-testid="post-card">
            <Cover slug={p.slug} coverKey={p.coverKey} title={p.title} />
            <p className="eyebrow">
              {t(`svc.info.${p.kind}` as MessageKey)}
              {p.eventAt ? ` · ${formatDate(p.eventAt)}` : ''}
            </p>
            <h2 className="card-title">
              <Link to={`/informasi/${p.slug}`}>{p.title}</Link>
            </h2>
            <p>{p.summary}</p>
          </article>
        ))}
      </div>
    </section>
  );
}
