import { canActForVillage, isRegencyAdmin, type Viewer } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import type { AccountsContext } from '../env.js';
import type { UserType } from './user.type.js';

export type PersonalField = 'email' | 'phone' | 'villageCode';

/**
 * Who may see a person's contact data and domicile (decision 030): the person, internal
 * services, the regency admin, and the staff and head of the person's domicile village. A
 * district officer or the staff of another village see none of it (a request's or a shop's
 * own subgraph decides what its staff need of it).
 */
export function entitledToPersonalData(
  viewer: Viewer | null | undefined,
  user: Pick<UserType, 'id' | 'villageCode'>,
): boolean {
  if (!viewer) return false;
  if (viewer.service || viewer.userId === user.id) return true;
  if (isRegencyAdmin(viewer)) return true;
  return !!user.villageCode && canActForVillage(viewer, user.villageCode);
}

/** Whether a read by this viewer is an office reading someone else's data (what the audit log records). */
const isOfficeRead = (viewer: Viewer, userId: string) =>
  !viewer.service && viewer.userId !== userId && (viewer.memberships ?? []).length > 0;

/**
 * The value of a personal field for the request's viewer (the new session's in an AuthPayload),
 * or null when they are not entitled. An office read is audited: one row per person and GraphQL
 * request, naming the fields read (batched, written before the value is returned).
 */
export async function personalDataShown<T>(
  ctx: AccountsContext,
  user: UserType,
  field: PersonalField,
  value: T | null,
): Promise<T | null> {
  const viewer = user.shownTo === undefined ? ctx.viewer : user.shownTo;
  if (value === null || !entitledToPersonalData(viewer, user)) return null;
  if (isOfficeRead(viewer!, user.id)) await audit(ctx, viewer!.userId, user.id, field);
  return value;
}

function audit(ctx: AccountsContext, staffId: string, userId: string, field: PersonalField): Promise<void> {
  return ctx.loaders
    .get<string, void>('personalDataReads', async (keys) => {
      const fieldsByUser = new Map<string, Set<string>>();
      for (const key of keys) {
        const [id, name] = key.split('|') as [string, string];
        fieldsByUser.set(id, (fieldsByUser.get(id) ?? new Set()).add(name));
      }
      const rows = [...fieldsByUser].map(([id, fields]) => [randomUUID(), staffId, id, [...fields].sort().join(',')]);
      await ctx.em
        .fork()
        .getConnection()
        .execute(
          `insert into "accounts"."personal_data_reads" ("id", "staff_id", "user_id", "fields")
           select (r->>0)::uuid, (r->>1)::uuid, (r->>2)::uuid, r->>3 from json_array_elements(?::json) r`,
          [JSON.stringify(rows)],
        );
      return keys.map(() => undefined);
    })
    .load(`${userId}|${field}`);
}
