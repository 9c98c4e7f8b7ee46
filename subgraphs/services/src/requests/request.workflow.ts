import { ConflictError, UserInputError } from '@kampung/shared';
import { OPEN_STATUSES, type RequestStatus } from './request.status.js';

/**
 * Which staff step may follow which status. INCOMPLETE → SUBMITTED is the applicant's resubmission;
 * AWAITING_COSIGN is left by the district head only (`cosignServiceRequest`, `returnServiceRequestToVillage`).
 */
export const STAFF_TRANSITIONS: Record<RequestStatus, RequestStatus[]> = {
  SUBMITTED: ['VERIFIED', 'REJECTED', 'INCOMPLETE'],
  VERIFIED: ['IN_PROCESS', 'REJECTED', 'INCOMPLETE'],
  IN_PROCESS: ['COMPLETED', 'AWAITING_COSIGN', 'REJECTED'],
  AWAITING_COSIGN: [],
  COMPLETED: [],
  REJECTED: [],
  INCOMPLETE: [],
};

const conflict = (from: RequestStatus, to: RequestStatus) =>
  new ConflictError({
    id: `Permohonan berstatus ${from} tidak dapat diubah menjadi ${to}`,
    en: `A request that is ${from} cannot become ${to}`,
  });

/**
 * Throws CONFLICT for a step that does not follow (a service that needs the camat cannot be
 * completed by the village, one that does not cannot wait for the camat), BAD_USER_INPUT for a
 * missing reason.
 */
export function checkStaffTransition(
  from: RequestStatus,
  to: RequestStatus,
  note: string | null,
  needsDistrictCosign = false,
): void {
  if (!STAFF_TRANSITIONS[from].includes(to)) throw conflict(from, to);
  if (to === 'COMPLETED' && needsDistrictCosign)
    throw new ConflictError({
      id: 'Layanan ini memerlukan tanda tangan camat: kirim ke camat (AWAITING_COSIGN)',
      en: 'This service needs the camat’s co-signature: send it to the camat (AWAITING_COSIGN)',
    });
  if (to === 'AWAITING_COSIGN' && !needsDistrictCosign)
    throw new ConflictError({
      id: 'Layanan ini tidak memerlukan tanda tangan camat',
      en: 'This service does not need the camat’s co-signature',
    });
  if ((to === 'REJECTED' || to === 'INCOMPLETE') && !note?.trim()) {
    throw UserInputError.field(
      'note',
      to === 'REJECTED'
        ? { id: 'Tuliskan alasan penolakan', en: 'Give the reason for rejecting' }
        : { id: 'Tuliskan apa yang perlu dilengkapi', en: 'Say what is missing' },
    );
  }
}

export const isOpen = (status: RequestStatus) => OPEN_STATUSES.includes(status);
