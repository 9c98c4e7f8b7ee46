import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { parseFilters } from '../components/oversight/filters';
import { LeaguePage } from '../components/oversight/LeaguePage';
import { tFromMatches, useT } from '../i18n';
import { hasRole, requireRole, STAFF_ROLES } from '../server/auth.server';
import { loadLeague } from '../server/oversight.server';
import styles from '../styles/oversight.css?url';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('ovs.title')} · ${tFromMatches(matches)('site.name')}` },
];

/** District officers and the regency admin (the API scopes the figures; village staff see their own village). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, STAFF_ROLES, { back: '/pemantauan' });
  const filters = parseFilters(new URL(request.url));
  return { ...(await loadLeague(request, filters, false)), filters, showDistricts: hasRole(user, ['ADMIN']) };
}

export default function Oversight() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  return (
    <LeaguePage
      data={data}
      title={t('ovs.title')}
      lead={t('ovs.lead')}
      basePath="/pemantauan"
      csvPath="/pemantauan/csv"
    />
  );
}
