import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { DrillDown } from '../components/oversight/DrillDown';
import { parseFilters } from '../components/oversight/filters';
import { VillageFiguresQuery, VillageOfficeQuery } from '../graphql/oversight';
import { tFromMatches } from '../i18n';
import { requireRole, STAFF_ROLES } from '../server/auth.server';
import { query, querySection } from '../server/graphql.server';
import styles from '../styles/oversight.css?url';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction<typeof loader> = ({ matches, data }) => [
  { title: `${data?.data.figures.name ?? ''} · ${tFromMatches(matches)('ovs.title')}` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const code = params.code ?? '';
  await requireRole(request, STAFF_ROLES, { back: `/pemantauan/${code}` });
  if (!/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(code)) throw new Response(null, { status: 404 });
  const filters = parseFilters(new URL(request.url));
  const [figures, office] = await Promise.all([
    query(request, VillageFiguresQuery, { code, period: filters.period, serviceId: filters.serviceId }),
    querySection(request, VillageOfficeQuery, { code }),
  ]);
  return { data: figures.villageFigures, filters, online: office ? office.village.online : null };
}

export default function VillageOversight() {
  const { data, filters, online } = useLoaderData<typeof loader>();
  return <DrillDown data={data} filters={filters} backPath="/pemantauan" online={online} />;
}
