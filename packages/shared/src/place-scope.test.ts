import { describe, expect, it } from 'vitest';
import { signUserToken, verifyUserToken, type Viewer } from './auth.js';
import {
  actingScope,
  canActForVillage,
  canOverseeVillage,
  districtCodeOf,
  isInside,
  membershipsFromClaim,
  oversightScope,
  villageCodeFilter,
} from './place-scope.js';

const SEMBULUNG = '35.10.06.2003';
const TAMPO = '35.10.06.2001';
const KETAPANG = '35.10.17.1007';
const viewer = (...memberships: Viewer['memberships'] & object): Viewer => ({ userId: 'u', roles: [], memberships });

describe('place scope', () => {
  it('nests codes by prefix, not by string start', () => {
    expect(districtCodeOf(SEMBULUNG)).toBe('35.10.06');
    expect(isInside(SEMBULUNG, '35.10.06')).toBe(true);
    expect(isInside(SEMBULUNG, '35.10')).toBe(true);
    expect(isInside('35.10.06.2003', '35.10.0')).toBe(false);
    expect(isInside('35.10.16.2003', '35.10.1')).toBe(false);
  });

  it('lets village staff act and read only for their village', () => {
    const staff = viewer({ role: 'VILLAGE_STAFF', place: SEMBULUNG });
    expect(canActForVillage(staff, SEMBULUNG)).toBe(true);
    expect(canActForVillage(staff, TAMPO)).toBe(false);
    expect(canOverseeVillage(staff, TAMPO)).toBe(false);
    expect(actingScope(staff)).toEqual([SEMBULUNG]);
  });

  it('lets a district officer read the villages of the district but act for none', () => {
    const camat = viewer({ role: 'DISTRICT_OFFICER', place: '35.10.06' });
    expect(canOverseeVillage(camat, TAMPO)).toBe(true);
    expect(canOverseeVillage(camat, KETAPANG)).toBe(false);
    expect(canActForVillage(camat, TAMPO)).toBe(false);
    expect(actingScope(camat)).toEqual([]);
    expect(oversightScope(camat)).toEqual(['35.10.06']);
    expect(villageCodeFilter(oversightScope(camat))).toEqual({ villageCode: { $like: '35.10.06.%' } });
  });

  it('gives the regency admin everything and a service token nothing', () => {
    expect(oversightScope(viewer({ role: 'REGENCY_ADMIN', place: '35.10' }))).toBe('ALL');
    const service: Viewer = {
      userId: 'service:x',
      roles: [],
      service: 'x',
      memberships: [{ role: 'REGENCY_ADMIN', place: '35.10' }],
    };
    expect(canActForVillage(service, SEMBULUNG)).toBe(false);
    expect(villageCodeFilter([])).toEqual({ villageCode: { $in: [] } });
  });

  it('carries memberships in the access token and drops malformed claims', async () => {
    const config = { secret: 'x'.repeat(32), issuer: 'test' };
    const token = await signUserToken(
      { userId: 'u1', roles: ['STAFF'], sessionId: 's1', memberships: [{ role: 'VILLAGE_HEAD', place: SEMBULUNG }] },
      config,
    );
    expect((await verifyUserToken(token, config)).memberships).toEqual([{ role: 'VILLAGE_HEAD', place: SEMBULUNG }]);
    expect(
      membershipsFromClaim(['BOSS@35.10', 'VILLAGE_STAFF@x', 'VILLAGE_STAFF', 7, 'DISTRICT_OFFICER@35.10.06']),
    ).toEqual([{ role: 'DISTRICT_OFFICER', place: '35.10.06' }]);
  });
});
