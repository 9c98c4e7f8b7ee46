import type { WorkingCalendar } from '@kampung/shared';
import { describe, expect, it } from 'vitest';
import { complaintStage, escalationEventId, isRequestDueSoon } from './thresholds.js';

/** Monday to Friday 08:00–16:00 WIB (8 working hours a day); 2026-12-25 a holiday. */
const OFFICE: WorkingCalendar = {
  hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '16:00' })),
  holidays: ['2026-12-25'],
};
/** Local WIB time as an instant. */
const wib = (local: string) => new Date(`${local}+07:00`);

describe('escalation thresholds on the working-hours clock', () => {
  it('calls a request due soon at 75 % of its promised working time, not of wall-clock time', () => {
    // Promised 8 working hours: Monday 08:00 → Monday 16:00.
    const submitted = wib('2026-12-07T08:00:00');
    const due = wib('2026-12-07T16:00:00');
    expect(isRequestDueSoon(OFFICE, submitted, due, wib('2026-12-07T13:59:00'))).toBe(false);
    expect(isRequestDueSoon(OFFICE, submitted, due, wib('2026-12-07T14:00:00'))).toBe(true);
    // Submitted Friday 12:00, 8 working hours: due Monday 12:00. Saturday night is 4 of 8 hours only.
    const friday = wib('2026-12-11T12:00:00');
    const monday = wib('2026-12-14T12:00:00');
    expect(isRequestDueSoon(OFFICE, friday, monday, wib('2026-12-12T23:00:00'))).toBe(false);
    expect(isRequestDueSoon(OFFICE, friday, monday, wib('2026-12-14T09:59:00'))).toBe(false);
    expect(isRequestDueSoon(OFFICE, friday, monday, wib('2026-12-14T10:00:00'))).toBe(true);
  });

  it('reminds staff after 8 working hours and escalates after 16 more, skipping holidays and weekends', () => {
    // Filed Thursday 2026-12-24 at 08:00; Friday the 25th is a holiday.
    const filed = wib('2026-12-24T08:00:00');
    expect(complaintStage(OFFICE, filed, wib('2026-12-24T15:59:00'))).toBe('NONE');
    expect(complaintStage(OFFICE, filed, wib('2026-12-24T16:00:00'))).toBe('UNANSWERED');
    // The holiday and the weekend add nothing: still 8 hours on Monday morning.
    expect(complaintStage(OFFICE, filed, wib('2026-12-28T08:00:00'))).toBe('UNANSWERED');
    expect(complaintStage(OFFICE, filed, wib('2026-12-29T15:59:00'))).toBe('UNANSWERED');
    expect(complaintStage(OFFICE, filed, wib('2026-12-29T16:00:00'))).toBe('ESCALATED');
  });

  it('takes the regency’s thresholds', () => {
    const filed = wib('2026-12-07T08:00:00');
    const at = wib('2026-12-07T12:00:00');
    expect(complaintStage(OFFICE, filed, at, { unansweredHours: 4, escalateAfterHours: 4 })).toBe('UNANSWERED');
    expect(complaintStage(OFFICE, filed, at, { unansweredHours: 2, escalateAfterHours: 2 })).toBe('ESCALATED');
  });

  it('gives each row, step and recipient one stable event id', () => {
    const row = '7d1f0c8e-3f5a-4b39-9a55-0c1d2e3f4a5b';
    const staff = '0b7c3a1e-9a7f-4e2d-8c6b-5a4f3e2d1c0b';
    expect(escalationEventId(row, 'staff.complaint_unanswered', staff)).toBe(
      escalationEventId(row, 'staff.complaint_unanswered', staff),
    );
    expect(escalationEventId(row, 'staff.complaint_unanswered', staff)).not.toBe(
      escalationEventId(row, 'staff.complaint_escalated', staff),
    );
    expect(escalationEventId(row, 'staff.complaint_unanswered', staff)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab]/,
    );
  });
});
