import type { OpeningHours } from '@kampung/shared';
import { DEFAULT_OPENING_HOURS, type PlacesDirectory, type VillageOffice } from './places.client.js';

/** Open every hour of every day: working hours equal wall-clock hours (for tests about something else). */
export const ROUND_THE_CLOCK: OpeningHours[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  opens: '00:00',
  closes: '24:00',
}));

/** A village office for tests: online, Monday–Friday 08:00–15:00 unless told otherwise. */
export function testVillage(code: string, name: string, overrides: Partial<VillageOffice> = {}): VillageOffice {
  return {
    code,
    name,
    type: 'DESA',
    districtCode: code.split('.').slice(0, 3).join('.'),
    districtName: 'Cluring',
    officeAddress: `Jl. Raya ${name} No. 1`,
    openingHours: DEFAULT_OPENING_HOURS,
    head: { name: `Kepala ${name}`, title: 'Kepala Desa' },
    letterCode: null,
    logoUrl: null,
    online: true,
    ...overrides,
  };
}

/**
 * A places directory answering from memory, for unit tests that start the services subgraph
 * alone (`setPlacesDirectoryForTests`). Counts its calls, so tests can see the cache at work.
 */
export class StandInPlaces implements PlacesDirectory {
  readonly villages = new Map<string, VillageOffice>();
  readonly holidayDates = new Set<string>();
  calls = 0;

  constructor(villages: VillageOffice[] = [], holidays: string[] = []) {
    for (const village of villages) this.villages.set(village.code, village);
    for (const date of holidays) this.holidayDates.add(date);
  }

  village(code: string): Promise<VillageOffice | null> {
    this.calls += 1;
    return Promise.resolve(this.villages.get(code) ?? null);
  }

  holidays(year: number): Promise<string[]> {
    this.calls += 1;
    return Promise.resolve([...this.holidayDates].filter((date) => date.startsWith(`${year}-`)));
  }
}
