import type { LoaderFunctionArgs } from '@remix-run/node';
import { parseFilters } from '../components/oversight/filters';
import { requireRole, STAFF_ROLES } from '../server/auth.server';
import { leagueCsv, loadLeague } from '../server/oversight.server';

/** The league as a CSV download, with the same filters as the page. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  const filters = parseFilters(new URL(request.url));
  const { league, online, market } = await loadLeague(request, filters, false);
  const body = leagueCsv([...league.villages, league.total], online ? new Set(online) : null, market);
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="pemantauan-${league.scopeCode}-${filters.fromMonth}-${filters.toMonth}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
}
