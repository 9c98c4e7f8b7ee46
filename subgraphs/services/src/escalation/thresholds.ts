import { notificationEventId, workingHoursBetween, type WorkingCalendar } from '@kampung/shared';

/**
 * When staff are reminded and a complaint climbs the programme's escalation chain (issue 13,
 * decision 028), on the village office's working-hours clock. Pure: the scheduled check gives it
 * the office's calendar (from places) and the time; the event ids derive from the row and the
 * step, so each reminder is handed to notifications once, however often the check runs.
 */

/** A request is "due soon" once this share of its promised working time has passed. */
export const DUE_SOON_SHARE = 0.75;

export interface ComplaintThresholds {
  /** Working hours without an answer before village staff are reminded (default 8). */
  unansweredHours: number;
  /** Further working hours before the district officer is told (default 16). */
  escalateAfterHours: number;
}
export const DEFAULT_COMPLAINT_THRESHOLDS: ComplaintThresholds = { unansweredHours: 8, escalateAfterHours: 16 };

/** An open request at or past 75 % of the working time between its submission and its due time. */
export function isRequestDueSoon(calendar: WorkingCalendar, submittedAt: Date, dueAt: Date, now: Date): boolean {
  const promised = workingHoursBetween(calendar, submittedAt, dueAt);
  if (promised <= 0) return now.getTime() >= dueAt.getTime();
  return workingHoursBetween(calendar, submittedAt, now) >= DUE_SOON_SHARE * promised;
}

export type ComplaintStage = 'NONE' | 'UNANSWERED' | 'ESCALATED';

/** How far an unanswered complaint has climbed: staff after N working hours, the district officer after N + M. */
export function complaintStage(
  calendar: WorkingCalendar,
  filedAt: Date,
  now: Date,
  thresholds: ComplaintThresholds = DEFAULT_COMPLAINT_THRESHOLDS,
): ComplaintStage {
  const waited = workingHoursBetween(calendar, filedAt, now);
  if (waited >= thresholds.unansweredHours + thresholds.escalateAfterHours) return 'ESCALATED';
  if (waited >= thresholds.unansweredHours) return 'UNANSWERED';
  return 'NONE';
}

/** One id per row, step and recipient: a second run of the check gives the receiver the same event. */
export const escalationEventId = (rowId: string, step: string, recipientUserId: string): string =>
  notificationEventId(rowId, step, recipientUserId);
