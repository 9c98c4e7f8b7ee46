import { oversightScope, type Viewer } from '@kampung/shared';
import type { ServicesContext } from '../env.js';
import { scopeCondition } from '../staff/scope.sql.js';

type EntityManager = ServicesContext['em'];

/**
 * Whether staff may download someone else's private upload: only when it belongs to a request
 * of a village they oversee — the request's letter, or a file given as one of its answers.
 * Staff of another village get nothing (the route answers 404, as for a missing file).
 */
export async function staffMayRead(em: EntityManager, viewer: Viewer, key: string): Promise<boolean> {
  const scope = scopeCondition(oversightScope(viewer), 'r."village_code"');
  if (scope.sql === 'false') return false;
  const rows: unknown[] = await em.getConnection().execute(
    `select 1 from "services"."service_requests" r
     where ${scope.sql}
       and (exists (select 1 from "services"."letters" l where l."request_id" = r."id" and l."file_key" = ?)
            or exists (select 1 from jsonb_each_text(r."answers") a where a."value" = ?))
     limit 1`,
    [...scope.params, key, key],
  );
  return rows.length > 0;
}
