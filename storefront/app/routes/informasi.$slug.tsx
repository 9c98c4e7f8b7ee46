import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { Cover } from '../components/services/Cover';
import { useDateTime } from '../components/services/status';
import { PostQuery } from '../graphql/services';
import { useT, type MessageKey } from '../i18n';
import styles from '../styles/services.css?url';
import { query } from '../server/graphql.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.post.title ?? 'Informasi' },
  { name: 'description', content: data?.post.summary ?? '' },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { post } = await query(request, PostQuery, { slug: params.slug ?? '' });
  if (!post) throw new Response('Not Found', { status: 404 });
  return { post };
}

export default function PostPage() {
  const { t } = useT();
  const dateTime = useDateTime();
  const { post } = useLoaderData<typeof loader>();
  return (
    <article>
      <p className="eyebrow">{t(`svc.info.${post.kind}` as MessageKey)}</p>
      <h1>{post.title}</h1>
      <Cover slug={post.slug} coverKey={post.coverKey} title={post.title} />
      {(post.eventAt || post.place) && (
        <dl className="facts facts-row">
          {post.eventAt && (
            <div>
              <dt>{t('svc.info.when')}</dt>
              <dd>{dateTime(post.eventAt)}</dd>
            </div>
          )}
          {post.place && (
            <div>
              <dt>{t('svc.info.place')}</dt>
              <dd>{post.place}</dd>
            </div>
          )}
        </dl>
      )}
      <p className="lead">{post.summary}</p>
      {post.body.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i} className="prose">
          {paragraph}
        </p>
      ))}
    </article>
  );
}
