import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from './validation.js';
import {
  addWorkingHours,
  isWorkingTime,
  localDateOf,
  nextWorkingInstant,
  openingHoursSchema,
  parseClockTime,
  workingHoursBetween,
  type OpeningHours,
  type WorkingCalendar,
} from './working-hours.js';

/** A village office: Mon–Thu 08:00–15:00, Fri 08:00–11:00 (WIB). */
const OFFICE: OpeningHours[] = [
  ...[1, 2, 3, 4].map((weekday) => ({ weekday, opens: '08:00', closes: '15:00' })),
  { weekday: 5, opens: '08:00', closes: '11:00' },
];
const wib = (local: string) => new Date(`${local}+07:00`);
const office = (holidays: string[] = []): WorkingCalendar => ({ hours: OFFICE, holidays });

// 2026-12-05 is a Saturday, 2026-12-07 a Monday, 2026-12-25 (Christmas) a Friday.
describe('addWorkingHours', () => {
  it('counts inside one working day', () => {
    expect(addWorkingHours(office(), wib('2026-12-07T09:00:00'), 3)).toEqual(wib('2026-12-07T12:00:00'));
  });

  it('a request sent at 01:30 on a Saturday counts from Monday opening', () => {
    expect(addWorkingHours(office(), wib('2026-12-05T01:30:00'), 7)).toEqual(wib('2026-12-07T15:00:00'));
    // "8 jam": Monday gives 7 hours, the eighth is Tuesday 08:00–09:00.
    expect(addWorkingHours(office(), wib('2026-12-05T01:30:00'), 8)).toEqual(wib('2026-12-08T09:00:00'));
    // With an eight-hour Monday it is due on Monday itself.
    const long: WorkingCalendar = { hours: [{ weekday: 1, opens: '08:00', closes: '16:00' }] };
    expect(addWorkingHours(long, wib('2026-12-05T01:30:00'), 8)).toEqual(wib('2026-12-07T16:00:00'));
  });

  it('before opening counts from opening; after closing from the next opening', () => {
    expect(addWorkingHours(office(), wib('2026-12-08T06:15:00'), 1)).toEqual(wib('2026-12-08T09:00:00'));
    expect(addWorkingHours(office(), wib('2026-12-08T17:45:00'), 1)).toEqual(wib('2026-12-09T09:00:00'));
  });

  it('ending exactly at closing is due at closing, not the next morning', () => {
    expect(addWorkingHours(office(), wib('2026-12-07T14:00:00'), 1)).toEqual(wib('2026-12-07T15:00:00'));
    // Closing minutes: 14:59 + 1 minute is 15:00; + 2 minutes is 08:01 the next day.
    expect(addWorkingHours(office(), wib('2026-12-07T14:59:00'), 1 / 60)).toEqual(wib('2026-12-07T15:00:00'));
    expect(addWorkingHours(office(), wib('2026-12-07T14:59:00'), 2 / 60)).toEqual(wib('2026-12-08T08:01:00'));
  });

  it('carries over the weekend (Friday is short)', () => {
    // Friday 10:00: one hour left on Friday, then Monday 08:00 + 2 h.
    expect(addWorkingHours(office(), wib('2026-12-11T10:00:00'), 3)).toEqual(wib('2026-12-14T10:00:00'));
  });

  it('skips holidays, including a start on a holiday', () => {
    // Christmas (Friday 25th) and the joint leave on Thursday the 24th.
    const calendar = office(['2026-12-24', '2026-12-25']);
    expect(addWorkingHours(calendar, wib('2026-12-23T14:00:00'), 2)).toEqual(wib('2026-12-28T09:00:00'));
    expect(addWorkingHours(calendar, wib('2026-12-25T09:00:00'), 1)).toEqual(wib('2026-12-28T09:00:00'));
  });

  it('multi-day durations: 3 working days of 7 hours', () => {
    expect(addWorkingHours(office(), wib('2026-12-07T08:00:00'), 21)).toEqual(wib('2026-12-09T15:00:00'));
    // 40 hours from Monday 08:00: Mon–Thu 28 h, Fri 3 h (31), next Mon 7 (38), Tue 2 → Tue 10:00.
    expect(addWorkingHours(office(), wib('2026-12-07T08:00:00'), 40)).toEqual(wib('2026-12-15T10:00:00'));
  });

  it('zero hours is due at the start, even outside office hours', () => {
    const saturday = wib('2026-12-05T01:30:00');
    expect(addWorkingHours(office(), saturday, 0)).toEqual(saturday);
  });

  it('breaks within a day and intervals that cross midnight', () => {
    const withBreak: WorkingCalendar = {
      hours: [
        { weekday: 1, opens: '08:00', closes: '12:00' },
        { weekday: 1, opens: '13:00', closes: '16:00' },
      ],
    };
    expect(addWorkingHours(withBreak, wib('2026-12-07T11:00:00'), 2)).toEqual(wib('2026-12-07T14:00:00'));
    // A night desk: Monday 22:00 → Tuesday 02:00.
    const night: WorkingCalendar = { hours: [{ weekday: 1, opens: '22:00', closes: '02:00' }] };
    expect(addWorkingHours(night, wib('2026-12-07T23:00:00'), 2)).toEqual(wib('2026-12-08T01:00:00'));
    expect(addWorkingHours(night, wib('2026-12-08T01:00:00'), 2)).toEqual(wib('2026-12-14T23:00:00'));
    // 24:00 closes at midnight.
    const late: WorkingCalendar = { hours: [{ weekday: 1, opens: '20:00', closes: '24:00' }] };
    expect(addWorkingHours(late, wib('2026-12-07T21:00:00'), 3)).toEqual(wib('2026-12-08T00:00:00'));
  });

  it('is independent of the machine and instant time zone: WIB by default, another offset when given', () => {
    const utc: WorkingCalendar = { hours: OFFICE, utcOffsetMinutes: 0 };
    expect(addWorkingHours(utc, new Date('2026-12-07T14:00:00Z'), 2)).toEqual(new Date('2026-12-08T09:00:00Z'));
  });

  it('refuses what cannot be counted', () => {
    expect(() => addWorkingHours(office(), wib('2026-12-07T08:00:00'), -1)).toThrow(RangeError);
    expect(() => addWorkingHours(office(), wib('2026-12-07T08:00:00'), Number.NaN)).toThrow(RangeError);
    expect(() => addWorkingHours({ hours: [] }, wib('2026-12-07T08:00:00'), 1)).toThrow(RangeError);
    expect(() =>
      addWorkingHours({ hours: [{ weekday: 1, opens: '8', closes: '15:00' }] }, wib('2026-12-07T08:00:00'), 1),
    ).toThrow(/do not parse/);
  });
});

describe('workingHoursBetween', () => {
  it('counts only office hours, across nights, weekends and holidays', () => {
    expect(workingHoursBetween(office(), wib('2026-12-07T09:00:00'), wib('2026-12-07T11:30:00'))).toBe(2.5);
    // Friday 10:00 → Monday 09:00: one hour on Friday, one on Monday.
    expect(workingHoursBetween(office(), wib('2026-12-11T10:00:00'), wib('2026-12-14T09:00:00'))).toBe(2);
    expect(workingHoursBetween(office(['2026-12-14']), wib('2026-12-11T10:00:00'), wib('2026-12-14T09:00:00'))).toBe(1);
    expect(workingHoursBetween(office(), wib('2026-12-05T01:30:00'), wib('2026-12-06T23:00:00'))).toBe(0);
  });

  it('is zero when the end is not after the start', () => {
    expect(workingHoursBetween(office(), wib('2026-12-07T11:00:00'), wib('2026-12-07T09:00:00'))).toBe(0);
  });
});

describe('isWorkingTime and nextWorkingInstant', () => {
  it('open at opening, closed at closing, on weekends and holidays', () => {
    expect(isWorkingTime(office(), wib('2026-12-07T08:00:00'))).toBe(true);
    expect(isWorkingTime(office(), wib('2026-12-07T15:00:00'))).toBe(false);
    expect(isWorkingTime(office(), wib('2026-12-05T10:00:00'))).toBe(false);
    expect(isWorkingTime(office(['2026-12-07']), wib('2026-12-07T10:00:00'))).toBe(false);
    expect(nextWorkingInstant(office(), wib('2026-12-05T01:30:00'))).toEqual(wib('2026-12-07T08:00:00'));
    expect(nextWorkingInstant(office(), wib('2026-12-07T10:00:00'))).toEqual(wib('2026-12-07T10:00:00'));
  });

  it('local dates are WIB dates', () => {
    expect(localDateOf(new Date('2026-12-06T17:30:00Z'))).toBe('2026-12-07');
    expect(localDateOf(new Date('2026-12-06T16:59:00Z'))).toBe('2026-12-06');
  });
});

describe('openingHoursSchema', () => {
  it('accepts a normal week and parses times', () => {
    expect(validate(openingHoursSchema, OFFICE)).toHaveLength(5);
    expect(parseClockTime('24:00')).toBe(1440);
    expect(parseClockTime('7:00')).toBeNull();
    expect(parseClockTime('08:60')).toBeNull();
  });

  it('names the field that is wrong, in Indonesian and English', () => {
    const problems = (input: unknown) => {
      try {
        validate(openingHoursSchema, input);
        return [];
      } catch (error) {
        return (error as { fields: { field: string; message: string; messageEn: string }[] }).fields;
      }
    };
    expect(problems([{ weekday: 8, opens: '08:00', closes: '15:00' }])[0]).toMatchObject({
      field: '0.weekday',
      messageEn: 'Weekday must be 1 (Monday) to 7 (Sunday)',
    });
    expect(problems([{ weekday: 1, opens: '8 pagi', closes: '15:00' }])[0]).toMatchObject({
      field: '0.opens',
      message: 'Jam buka harus berformat JJ:MM, mis. 08:00',
    });
    expect(problems([{ weekday: 1, opens: '08:00', closes: '08:00' }])[0]).toMatchObject({ field: '0.closes' });
    expect(
      problems([
        { weekday: 1, opens: '08:00', closes: '12:00' },
        { weekday: 1, opens: '11:00', closes: '15:00' },
      ])[0],
    ).toMatchObject({ field: '1.opens', messageEn: 'Opening intervals overlap on the same day' });
  });
});

describe('properties', () => {
  const interval = fc
    .record({
      weekday: fc.integer({ min: 1, max: 7 }),
      opens: fc.integer({ min: 0, max: 23 * 60 }),
      // At least an hour a week: the clock looks five years ahead at most, and two durations of 60 h fit in that.
      length: fc.integer({ min: 60, max: 10 * 60 }),
    })
    .map(({ weekday, opens, length }) => {
      const hhmm = (minutes: number) =>
        `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      return { weekday, opens: hhmm(opens), closes: hhmm((opens + length) % (24 * 60)) };
    });
  const calendar = fc.record({
    hours: fc.array(interval, { minLength: 1, maxLength: 8 }),
    holidays: fc.array(
      fc
        .integer({ min: 0, max: 120 })
        .map((offset) => new Date(Date.UTC(2026, 11, 1 + offset)).toISOString().slice(0, 10)),
      { maxLength: 10 },
    ),
  });
  const instant = fc
    .integer({ min: Date.UTC(2026, 11, 1), max: Date.UTC(2027, 1, 1) })
    .map((ms) => new Date(Math.floor(ms / 1000) * 1000));
  const minutes = fc.integer({ min: 0, max: 60 * 60 });

  it('the working hours between a start and its due time are the hours asked for', () => {
    fc.assert(
      fc.property(calendar, instant, minutes, (cal, start, duration) => {
        const due = addWorkingHours(cal, start, duration / 60);
        expect(due.getTime()).toBeGreaterThanOrEqual(start.getTime());
        expect(Math.round(workingHoursBetween(cal, start, due) * 60 * 1000) / 1000).toBe(duration);
      }),
      { numRuns: 300 },
    );
  });

  it('due times never go backwards as the duration grows, and a due time is never in a closed minute', () => {
    fc.assert(
      fc.property(calendar, instant, minutes, minutes, (cal, start, a, b) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        const first = addWorkingHours(cal, start, short / 60);
        const second = addWorkingHours(cal, start, long / 60);
        expect(second.getTime()).toBeGreaterThanOrEqual(first.getTime());
        // The minute before a positive due time was worked.
        if (long > 0) expect(isWorkingTime(cal, new Date(second.getTime() - 1))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('holidays only ever push a due time later', () => {
    fc.assert(
      fc.property(calendar, instant, minutes, (cal, start, duration) => {
        const without = addWorkingHours({ hours: cal.hours }, start, duration / 60);
        const withHolidays = addWorkingHours(cal, start, duration / 60);
        expect(withHolidays.getTime()).toBeGreaterThanOrEqual(without.getTime());
      }),
      { numRuns: 200 },
    );
  });

  it('splitting a duration in two gives the same due time', () => {
    fc.assert(
      fc.property(calendar, instant, minutes, minutes, (cal, start, a, b) => {
        const direct = addWorkingHours(cal, start, (a + b) / 60);
        const inTwo = addWorkingHours(cal, addWorkingHours(cal, start, a / 60), b / 60);
        // Equal, except that ending a at closing and continuing from there lands on the same instant anyway.
        expect(inTwo.getTime()).toBe(direct.getTime());
      }),
      { numRuns: 200 },
    );
  });
});
