import { ConflictError, UserInputError } from '@kampung/shared';
import type { RequestStatus } from './request.status.js';

/** Which staff step may follow which status. INCOMPLETE → SUBMITTED is the applicant's resubmission. */
export const STAFF_TRANSITIONS: Record<RequestStatus, RequestStatus[]> = {
  SUBMITTED: ['VERIFIED', 'REJECTED', 'INCOMPLETE'],
  VERIFIED: ['IN_PROCESS', 'REJECTED', 'INCOMPLETE'],
  IN_PROCESS: ['COMPLETED', 'REJECTED'],
  COMPLETED: [],
  REJECTED: [],
  INCOMPLETE: [],
};

const LABEL: Record<RequestStatus, string> = {
  SUBMITTED: 'SUBMITTED',
  VERIFIED: 'VERIFIED',
  IN_PROCESS: 'IN_PROCESS',
  COMPLETED: 'COMPLETED',
  REJECTED: 'REJECTED',
  INCOMPLETE: 'INCOMPLETE',
};

/** Throws CONFLICT for a step that does not follow, BAD_USER_INPUT for a missing reason. */
export function checkStaffTransition(from: RequestStatus, to: RequestStatus, note: string | null): void {
  if (!STAFF_TRANSITIONS[from].includes(to)) {
    throw new ConflictError({
      id: `Permohonan berstatus ${LABEL[from]} tidak dapat diubah menjadi ${LABEL[to]}`,
      en: `A request that is ${LABEL[from]} cannot become ${LABEL[to]}`,
    });
  }
  if ((to === 'REJECTED' || to === 'INCOMPLETE') && !note?.trim()) {
    throw UserInputError.field(
      'note',
      to === 'REJECTED'
        ? { id: 'Tuliskan alasan penolakan', en: 'Give the reason for rejecting' }
        : { id: 'Tuliskan apa yang perlu dilengkapi', en: 'Say what is missing' },
    );
  }
}

export const isOpen = (status: RequestStatus) =>
  status === 'SUBMITTED' || status === 'VERIFIED' || status === 'IN_PROCESS';
