/**
 * SUBMITTED → VERIFIED → IN_PROCESS → COMPLETED, or REJECTED (with a reason), or
 * INCOMPLETE (sent back to the applicant, who may submit again). A service that needs the
 * district head goes IN_PROCESS → AWAITING_COSIGN → COMPLETED (the camat co-signs; decision 030).
 */
export const REQUEST_STATUSES = [
  'SUBMITTED',
  'VERIFIED',
  'IN_PROCESS',
  'AWAITING_COSIGN',
  'COMPLETED',
  'REJECTED',
  'INCOMPLETE',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Still being worked on: on the queue, and on the clock. */
export const OPEN_STATUSES: RequestStatus[] = ['SUBMITTED', 'VERIFIED', 'IN_PROCESS', 'AWAITING_COSIGN'];
