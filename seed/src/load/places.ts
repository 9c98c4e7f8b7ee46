import { Holiday, importRegions, Region, Village } from '@kampung/places';
import type { EntityManager } from '@mikro-orm/postgresql';
import { holidays } from '../data/places-holidays.js';
import { onlineVillages, ONLINE_SINCE } from '../data/places.js';
import { DISTRICT_OFFICERS } from '../data/users.js';

export interface PlacesSeedResult {
  regions: number;
  regionsWritten: number;
  villages: number;
  online: number;
  holidays: number;
  /** How long the regions took (84k rows on a full load). */
  regionsMs: number;
}

/**
 * All of Indonesia's regions (one bulk upsert), every village office of the regency, the
 * online villages' offices and the 2026–2027 holidays. Idempotent. With `ifEmpty`, nothing is
 * done when regions are already there.
 */
export async function seedPlaces(
  em: EntityManager,
  options: { ifEmpty?: boolean } = {},
): Promise<PlacesSeedResult | null> {
  if (options.ifEmpty && (await em.count(Region, { level: 'VILLAGE' })) > 0) return null;
  const started = Date.now();
  const imported = await importRegions(em);
  const regionsMs = Date.now() - started;
  await em.transactional(async (tx) => {
    for (const village of onlineVillages) {
      await tx.nativeUpdate(
        Village,
        { code: village.code },
        {
          officeAddress: `${village.street}, ${village.headTitle === 'Lurah' ? 'Kel.' : 'Desa'} ${village.name}, Kec. ${village.district}, Kabupaten Banyuwangi, Jawa Timur ${village.postalCode}`,
          openingHours: village.hours,
          headName: village.head,
          headTitle: village.headTitle,
          letterCode: village.letterCode,
          phone: village.phone,
          online: true,
          onlineSince: ONLINE_SINCE,
        },
      );
    }
    // The demo's camats head their districts: they co-sign the letters that need the district (decision 030).
    for (const officer of DISTRICT_OFFICERS)
      await tx.nativeUpdate(Region, { code: officer.code }, { headName: officer.name, headTitle: 'Camat' });
    await tx.upsertMany(
      Holiday,
      holidays.map(({ date, name, nameEn, jointLeave }) => ({ date, name, nameEn, jointLeave: jointLeave ?? false })),
      {
        onConflictFields: ['date'],
        onConflictAction: 'merge',
        onConflictMergeFields: ['name', 'nameEn', 'jointLeave'],
      },
    );
  });
  return {
    regions: imported.regions,
    regionsWritten: imported.regionsWritten,
    villages: imported.villages,
    online: onlineVillages.length,
    holidays: holidays.length,
    regionsMs,
  };
}
