import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { parseFilters } from '../components/oversight/filters';
import { LeaguePage } from '../components/oversight/LeaguePage';
import { tFromMatches, useT } from '../i18n';
import { loadLeague } from '../server/oversight.server';
import styles from '../styles/oversight.css?url';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('ovs.public.title')} · ${tFromMatches(matches)('site.name')}` },
];

/** Public: the same aggregates as the officers' dashboard, no sign-in, no personal data. */
export async function loader({ request }: LoaderFunctionArgs) {
  const filters = parseFilters(new URL(request.url));
  return { ...(await loadLeague(request, filters, true)), filters, showDistricts: true };
}

export default function Transparency() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  return (
    <LeaguePage
      data={data}
      title={t('ovs.public.title')}
      lead={t('ovs.public.lead')}
      basePath="/transparansi"
      csvPath={null}
    />
  );
}
