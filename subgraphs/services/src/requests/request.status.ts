/**
 * SUBMITTED → VERIFIED → IN_PROCESS → COMPLETED, or REJECTED (with a reason), or
 * INCOMPLETE (sent back to the applicant, who may submit again).
 */
export const REQUEST_STATUSES = ['SUBMITTED', 'VERIFIED', 'IN_PROCESS', 'COMPLETED', 'REJECTED', 'INCOMPLETE'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
