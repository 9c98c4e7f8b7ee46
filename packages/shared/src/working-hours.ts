/**
 * The working-hours clock: promised times ("8 jam", "3 hari kerja") count office hours only.
 * Pure functions, no I/O: a village's weekly opening hours and the holidays go in, instants
 * come out. Every service uses this one clock for SLA due times, dashboards and escalation timers.
 *
 * Rules:
 * - Time is counted only inside the opening intervals of the weekly schedule, in the
 *   schedule's time zone (WIB, UTC+7, no daylight saving, unless told otherwise).
 * - A local date in the holiday set has no opening intervals at all (an interval that starts
 *   on the day before and runs past midnight keeps its hours: the holiday starts at 00:00).
 * - A start outside office hours (before opening, after closing, at the weekend, on a holiday,
 *   01:30 on a Saturday) counts from the next opening.
 * - A duration that ends exactly at closing time is due at closing (15:00), not at the next
 *   opening; zero hours is due at the start itself.
 */
import { z } from 'zod';
import { bilingual } from './validation.js';

/** WIB (Asia/Jakarta): UTC+7 all year. */
export const WIB_OFFSET_MINUTES = 7 * 60;

/** One opening interval: ISO weekday (1 = Monday … 7 = Sunday), local times "HH:MM". */
export interface OpeningHours {
  weekday: number;
  /** "08:00" */
  opens: string;
  /**
   * "15:00"; "24:00" for midnight. A closing time earlier than the opening time means the
   * interval runs past midnight into the next day (a night shift).
   */
  closes: string;
}

/** A schedule and its exceptions: what the clock needs to know about an office. */
export interface WorkingCalendar {
  /** The weekly schedule; several intervals on one weekday make breaks (08:00–12:00, 13:00–15:00). */
  hours: readonly OpeningHours[];
  /** Local dates "YYYY-MM-DD" with no office hours (public holidays, joint leave). */
  holidays?: ReadonlySet<string> | readonly string[];
  /** Minutes east of UTC; WIB by default. */
  utcOffsetMinutes?: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** How far ahead the clock looks for an opening before it gives up (a schedule of holidays only). */
const MAX_DAYS_AHEAD = 366 * 5;

const TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

/** Minutes after midnight of "HH:MM" ("24:00" = 1440), or null when it does not parse. */
export function parseClockTime(value: string): number | null {
  const match = TIME.exec(value);
  if (!match) return null;
  const hours = Number(match[1] ?? match[3]);
  const minutes = Number(match[2] ?? match[4]);
  return hours * 60 + minutes;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number (days since 1970-01-01, a Thursday). */
const weekdayOf = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1;

/** "YYYY-MM-DD" of a day number. */
const dateOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** The local calendar date ("YYYY-MM-DD") of an instant, in WIB by default. */
export function localDateOf(at: Date, utcOffsetMinutes = WIB_OFFSET_MINUTES): string {
  return dateOf(Math.floor((at.getTime() + utcOffsetMinutes * MINUTE) / DAY));
}

interface Interval {
  start: number;
  end: number;
}

/** A compiled calendar: opening intervals of any local day, as UTC milliseconds. */
class Clock {
  private readonly byWeekday = new Map<number, { opens: number; closes: number }[]>();
  private readonly holidays: ReadonlySet<string>;
  private readonly offset: number;

  constructor(calendar: WorkingCalendar) {
    for (const entry of calendar.hours) {
      const opens = parseClockTime(entry.opens);
      const closes = parseClockTime(entry.closes);
      if (!Number.isInteger(entry.weekday) || entry.weekday < 1 || entry.weekday > 7 || opens === null) {
        throw new RangeError(`opening hours do not parse: ${JSON.stringify(entry)}`);
      }
      if (closes === null || closes === opens || opens === 24 * 60) {
        throw new RangeError(`opening hours do not parse: ${JSON.stringify(entry)}`);
      }
      const list = this.byWeekday.get(entry.weekday) ?? [];
      // Closing before opening: the interval ends on the next day.
      list.push({ opens, closes: closes > opens ? closes : closes + 24 * 60 });
      this.byWeekday.set(entry.weekday, list);
    }
    if (this.byWeekday.size === 0) throw new RangeError('a schedule needs at least one opening interval');
    this.holidays = calendar.holidays instanceof Set ? calendar.holidays : new Set(calendar.holidays ?? []);
    this.offset = (calendar.utcOffsetMinutes ?? WIB_OFFSET_MINUTES) * MINUTE;
  }

  /** The local day number an instant falls on. */
  dayOf(at: number): number {
    return Math.floor((at + this.offset) / DAY);
  }

  /** Opening intervals that start on local day `day`, in UTC milliseconds. */
  private startingOn(day: number): Interval[] {
    if (this.holidays.has(dateOf(day))) return [];
    const base = day * DAY - this.offset;
    return (this.byWeekday.get(weekdayOf(day)) ?? []).map(({ opens, closes }) => ({
      start: base + opens * MINUTE,
      end: base + closes * MINUTE,
    }));
  }

  /**
   * Sorted, merged opening intervals that overlap local days `from`..`to` (inclusive); one
   * day before is included for intervals that run past midnight.
   */
  intervals(from: number, to: number): Interval[] {
    const all: Interval[] = [];
    for (let day = from - 1; day <= to; day++) all.push(...this.startingOn(day));
    all.sort((a, b) => a.start - b.start);
    const merged: Interval[] = [];
    for (const interval of all) {
      const last = merged.at(-1);
      if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
      else merged.push({ ...interval });
    }
    return merged;
  }
}

/**
 * The instant a duration of `hours` working hours, counted from `start`, runs out: the due
 * time of a promise like "8 jam". Fractions are allowed (0.5 = 30 minutes; counted to the
 * millisecond). A start outside office hours counts from the next opening; zero hours is due
 * at `start`. Throws RangeError for a negative or non-finite duration, a schedule that does not
 * parse or has no opening at all, or no opening within five years.
 *
 * @example
 * // Mon–Thu 08:00–15:00, Fri 08:00–11:00 WIB; "8 jam" sent at 01:30 on a Saturday counts from
 * // Monday 08:00: Monday gives 7 hours, so it is due on Tuesday at 09:00.
 * addWorkingHours({ hours, holidays }, new Date('2026-12-05T01:30:00+07:00'), 8); // 2026-12-08T02:00:00Z
 */
export function addWorkingHours(calendar: WorkingCalendar, start: Date, hours: number): Date {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`working hours must be ≥ 0, got ${hours}`);
  let remaining = Math.round(hours * HOUR);
  const from = start.getTime();
  if (remaining === 0) return new Date(from);
  const clock = new Clock(calendar);
  const firstDay = clock.dayOf(from);
  // Counted up to here; an interval running past midnight shows up in two chunks and is counted once.
  let cursor = from;
  // A week at a time: cheap for short promises, bounded for long ones.
  for (let day = firstDay; day <= firstDay + MAX_DAYS_AHEAD; day += 7) {
    for (const interval of clock.intervals(day, day + 6)) {
      const begin = Math.max(interval.start, cursor);
      if (begin >= interval.end) continue;
      const available = interval.end - begin;
      if (remaining <= available) return new Date(begin + remaining);
      remaining -= available;
      cursor = interval.end;
    }
  }
  throw new RangeError('no opening hours within five years of the start');
}

/**
 * Working hours that passed between two instants (for "completed in 5.5 working hours"):
 * the length of their overlap with the opening intervals, in hours (fractions to the
 * millisecond). Zero when `to` is not after `from`.
 */
export function workingHoursBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  const start = from.getTime();
  const end = to.getTime();
  if (!(end > start)) return 0;
  const clock = new Clock(calendar);
  let total = 0;
  for (const { start: opens, end: closes } of clock.intervals(clock.dayOf(start), clock.dayOf(end))) {
    const overlap = Math.min(closes, end) - Math.max(opens, start);
    if (overlap > 0) total += overlap;
  }
  return total / HOUR;
}

/** Whether the office is open at `at` (not a holiday, inside an opening interval). */
export function isWorkingTime(calendar: WorkingCalendar, at: Date): boolean {
  const clock = new Clock(calendar);
  const time = at.getTime();
  const day = clock.dayOf(time);
  return clock.intervals(day, day).some((interval) => interval.start <= time && time < interval.end);
}

/** `at` itself when the office is open then, else the next opening (null when none within five years). */
export function nextWorkingInstant(calendar: WorkingCalendar, at: Date): Date | null {
  const clock = new Clock(calendar);
  const time = at.getTime();
  const firstDay = clock.dayOf(time);
  for (let day = firstDay; day <= firstDay + MAX_DAYS_AHEAD; day += 7) {
    for (const interval of clock.intervals(day, day + 6)) {
      if (interval.end > time) return new Date(Math.max(interval.start, time));
    }
  }
  return null;
}

const timeSchema = (what: 'opens' | 'closes') =>
  z
    .string()
    .refine(
      (value) => parseClockTime(value) !== null,
      what === 'opens'
        ? bilingual('Jam buka harus berformat JJ:MM, mis. 08:00', 'Opening time must look like HH:MM, e.g. 08:00')
        : bilingual('Jam tutup harus berformat JJ:MM, mis. 15:00', 'Closing time must look like HH:MM, e.g. 15:00'),
    );

/**
 * A weekly schedule as clients send it, checked with field-level bilingual messages:
 * weekday 1–7, times "HH:MM", closing ≠ opening, no overlapping intervals on one weekday,
 * at most 21 intervals. An empty list is allowed (an office with no hours yet); the clock
 * itself refuses one.
 */
export const openingHoursSchema = z
  .array(
    z.object({
      weekday: z
        .number()
        .int(bilingual('Hari harus 1 (Senin) sampai 7 (Minggu)', 'Weekday must be 1 (Monday) to 7 (Sunday)'))
        .min(1, bilingual('Hari harus 1 (Senin) sampai 7 (Minggu)', 'Weekday must be 1 (Monday) to 7 (Sunday)'))
        .max(7, bilingual('Hari harus 1 (Senin) sampai 7 (Minggu)', 'Weekday must be 1 (Monday) to 7 (Sunday)')),
      opens: timeSchema('opens').refine(
        (value) => value !== '24:00',
        bilingual('Jam buka tidak boleh 24:00', 'Opening time cannot be 24:00'),
      ),
      closes: timeSchema('closes'),
    }),
  )
  .max(21, bilingual('Maksimal 21 jam layanan', 'At most 21 opening intervals'))
  .superRefine((hours, ctx) => {
    hours.forEach((entry, index) => {
      const opens = parseClockTime(entry.opens);
      const closes = parseClockTime(entry.closes);
      if (opens === null || closes === null) return;
      if (opens === closes) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'closes'],
          message: bilingual('Jam tutup harus berbeda dari jam buka', 'Closing time must differ from opening time'),
        });
        return;
      }
      const end = closes > opens ? closes : closes + 24 * 60;
      const overlaps = hours.slice(0, index).some((other) => {
        const otherOpens = parseClockTime(other.opens);
        const otherCloses = parseClockTime(other.closes);
        if (other.weekday !== entry.weekday || otherOpens === null || otherCloses === null) return false;
        const otherEnd = otherCloses > otherOpens ? otherCloses : otherCloses + 24 * 60;
        return opens < otherEnd && otherOpens < end;
      });
      if (overlaps) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'opens'],
          message: bilingual('Jam layanan bertumpuk pada hari yang sama', 'Opening intervals overlap on the same day'),
        });
      }
    });
  });
