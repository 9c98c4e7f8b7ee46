import { z } from 'zod';
import { bilingual } from './validation.js';
import { ForbiddenError, UnauthenticatedError } from './errors.js';
import type { Viewer } from './auth.js';

/**
 * Office roles are memberships scoped to a place (decision 020). A place is a Kemendagri code:
 * a village `35.10.06.2003`, a district `35.10.06`, the regency `35.10`. Codes nest, so
 * "inside a place" is a prefix test and needs no lookup.
 */
export const PLACE_ROLES = ['VILLAGE_STAFF', 'VILLAGE_HEAD', 'DISTRICT_OFFICER', 'REGENCY_ADMIN'] as const;
export type PlaceRole = (typeof PLACE_ROLES)[number];

export interface Membership {
  role: PlaceRole;
  /** Village code for village roles, district code for a district officer, regency code for a regency admin. */
  place: string;
}

/** The level of place each role is held at. */
export const PLACE_LEVEL_OF_ROLE: Record<PlaceRole, 'village' | 'district' | 'regency'> = {
  VILLAGE_STAFF: 'village',
  VILLAGE_HEAD: 'village',
  DISTRICT_OFFICER: 'district',
  REGENCY_ADMIN: 'regency',
};

/** The regency this installation serves (Banyuwangi). */
export const HOME_REGENCY_CODE = '35.10';
/** Where the first round's one-village data lives (Sembulung, Cluring). */
export const DEFAULT_VILLAGE_CODE = '35.10.06.2003';

export const VILLAGE_CODE_PATTERN = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
export const DISTRICT_CODE_PATTERN = /^\d{2}\.\d{2}\.\d{2}$/;
export const REGENCY_CODE_PATTERN = /^\d{2}\.\d{2}$/;

export const villageCodeSchema = z
  .string()
  .trim()
  .regex(
    VILLAGE_CODE_PATTERN,
    bilingual('Kode desa harus seperti 35.10.06.2003', 'A village code looks like 35.10.06.2003'),
  );
export const districtCodeSchema = z
  .string()
  .trim()
  .regex(
    DISTRICT_CODE_PATTERN,
    bilingual('Kode kecamatan harus seperti 35.10.06', 'A district code looks like 35.10.06'),
  );

/** `35.10.06.2003` → `35.10.06`. */
export const districtCodeOf = (villageCode: string): string => villageCode.split('.').slice(0, 3).join('.');

/** Whether `code` is `place` itself or lies inside it (`35.10.06.2003` is inside `35.10.06` and `35.10`). */
export const isInside = (code: string, place: string): boolean => code === place || code.startsWith(`${place}.`);

/** Compact form carried in access tokens: `VILLAGE_STAFF@35.10.06.2003`. */
export const membershipClaim = (membership: Membership): string => `${membership.role}@${membership.place}`;

export function membershipsFromClaim(claim: unknown): Membership[] {
  if (!Array.isArray(claim)) return [];
  const memberships: Membership[] = [];
  for (const item of claim) {
    if (typeof item !== 'string') continue;
    const [role, place] = item.split('@');
    if (PLACE_ROLES.includes(role as PlaceRole) && place && /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/.test(place)) {
      memberships.push({ role: role as PlaceRole, place });
    }
  }
  return memberships;
}

const membershipsOf = (viewer: Viewer | null): Membership[] =>
  viewer && !viewer.service ? (viewer.memberships ?? []) : [];

export const isRegencyAdmin = (viewer: Viewer | null): boolean =>
  membershipsOf(viewer).some((m) => m.role === 'REGENCY_ADMIN');

/** Who may work a village's office: its staff and head, and the regency admin. */
export const canActForVillage = (viewer: Viewer | null, villageCode: string): boolean =>
  membershipsOf(viewer).some(
    (m) =>
      m.role === 'REGENCY_ADMIN' ||
      ((m.role === 'VILLAGE_STAFF' || m.role === 'VILLAGE_HEAD') && m.place === villageCode),
  );

/** Who may read a village's office records: those who act for it, and the officers of its district. */
export const canOverseeVillage = (viewer: Viewer | null, villageCode: string): boolean =>
  canActForVillage(viewer, villageCode) ||
  membershipsOf(viewer).some((m) => m.role === 'DISTRICT_OFFICER' && isInside(villageCode, m.place));

/** Whether the viewer holds any office membership at all. */
export const isOfficer = (viewer: Viewer | null): boolean => membershipsOf(viewer).length > 0;

/**
 * The places whose records the viewer may read, as code prefixes: `'ALL'` for the regency admin,
 * else the villages they work for and the districts they oversee (empty: none).
 */
export function oversightScope(viewer: Viewer | null): 'ALL' | string[] {
  const memberships = membershipsOf(viewer);
  if (memberships.some((m) => m.role === 'REGENCY_ADMIN')) return 'ALL';
  return [...new Set(memberships.map((m) => m.place))];
}

/** The villages the viewer may act for (process requests, verify shops); `'ALL'` for the regency admin. */
export function actingScope(viewer: Viewer | null): 'ALL' | string[] {
  const memberships = membershipsOf(viewer);
  if (memberships.some((m) => m.role === 'REGENCY_ADMIN')) return 'ALL';
  return [
    ...new Set(memberships.filter((m) => m.role === 'VILLAGE_STAFF' || m.role === 'VILLAGE_HEAD').map((m) => m.place)),
  ];
}

/**
 * A MikroORM filter on a `villageCode` property that keeps only rows inside `scope`
 * (`{}` for 'ALL'; a filter that matches nothing for an empty scope).
 */
export function villageCodeFilter(scope: 'ALL' | string[]): object {
  if (scope === 'ALL') return {};
  if (scope.length === 0) return { villageCode: { $in: [] } };
  const villages = scope.filter((place) => VILLAGE_CODE_PATTERN.test(place));
  const areas = scope.filter((place) => !VILLAGE_CODE_PATTERN.test(place));
  const conditions: object[] = [];
  if (villages.length) conditions.push({ villageCode: { $in: villages } });
  for (const area of areas) conditions.push({ villageCode: { $like: `${area}.%` } });
  return conditions.length === 1 ? conditions[0]! : { $or: conditions };
}

const notYourPlace = () =>
  new ForbiddenError({
    id: 'Anda tidak bertugas di desa ini',
    en: 'You do not work for this village',
  });

export function requireActForVillage(viewer: Viewer | null, villageCode: string): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  if (!canActForVillage(viewer, villageCode)) throw notYourPlace();
  return viewer;
}

export function requireOverseeVillage(viewer: Viewer | null, villageCode: string): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  if (!canOverseeVillage(viewer, villageCode)) throw notYourPlace();
  return viewer;
}

export function requireRegencyAdmin(viewer: Viewer | null): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  if (!isRegencyAdmin(viewer))
    throw new ForbiddenError({ id: 'Hanya untuk admin kabupaten', en: 'Regency administrators only' });
  return viewer;
}
