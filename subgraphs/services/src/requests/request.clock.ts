import { addWorkingHours, workingHoursBetween } from '@kampung/shared';
import { calendarOf, type PlacesDirectory, type VillageOffice } from '../clients/places.client.js';

const YEAR_MS = 366 * 24 * 3_600_000;

/**
 * When a request is due: `slaHours` working hours of the village office after `from`
 * ("8 jam" = eight office hours; sent at 01:30 on a Saturday, counted from Monday's opening).
 */
export async function dueAtFor(
  places: PlacesDirectory,
  village: Pick<VillageOffice, 'openingHours'>,
  from: Date,
  slaHours: number,
): Promise<Date> {
  // Holidays of this year and the next: a long promise made in December runs into January.
  const calendar = await calendarOf(places, village, from, new Date(from.getTime() + YEAR_MS));
  return addWorkingHours(calendar, from, slaHours);
}

/** Working minutes of the village office between submission and completion (rounded to the minute). */
export async function workingMinutesBetween(
  places: PlacesDirectory,
  village: Pick<VillageOffice, 'openingHours'>,
  from: Date,
  to: Date,
): Promise<number> {
  const calendar = await calendarOf(places, village, from, to);
  return Math.round(workingHoursBetween(calendar, from, to) * 60);
}
