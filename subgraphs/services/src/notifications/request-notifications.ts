import { randomUUID } from 'node:crypto';
import { enqueueNotification, notificationEventId, type NotificationEventType } from '@kampung/shared';
import type { Complaint } from '../complaints/complaint.entity.js';
import type { ServicesContext } from '../env.js';
import type { RequestStatus } from '../requests/request.status.js';
import type { ServiceRequest } from '../requests/service-request.entity.js';

type EntityManager = ServicesContext['em'];

/** The citizen's request page (storefront/app/routes/akun.permohonan.$id.tsx); the letter is downloaded there. */
export const requestLink = (requestId: string): string => `/akun/permohonan/${requestId}`;

/** The citizen's complaints (storefront/app/routes/pengaduan.tsx). */
export const COMPLAINT_LINK = '/pengaduan';

/** What the applicant hears when a request reaches a status (decision 028); others are silent. */
const ON_STATUS: Partial<Record<RequestStatus, NotificationEventType[]>> = {
  VERIFIED: ['request.verified'],
  INCOMPLETE: ['request.needs_documents'],
  COMPLETED: ['request.completed', 'request.survey_invitation'],
  REJECTED: ['request.rejected'],
};

/** Terminal or first steps happen once per request: their ids derive from it, so a retry cannot send twice. */
const ONCE = new Set<NotificationEventType>([
  'request.received',
  'request.completed',
  'request.survey_invitation',
  'request.rejected',
]);

function notifyApplicant(
  tx: EntityManager,
  request: ServiceRequest,
  type: NotificationEventType,
  note: string | null,
  at: Date,
): string {
  return enqueueNotification(tx, {
    // A request can be sent back for documents (and verified again) more than once: those are new events.
    id: ONCE.has(type) ? notificationEventId(request.id, type) : randomUUID(),
    type,
    recipientUserId: request.applicantId,
    occurredAt: at,
    link: requestLink(request.id),
    data: {
      trackingCode: request.trackingCode,
      serviceName: request.service.name ?? null,
      ...(type === 'request.needs_documents' ? { missing: note } : {}),
      ...(type === 'request.rejected' ? { reason: note } : {}),
      ...(type === 'request.completed' ? { letterLink: requestLink(request.id) } : {}),
    },
  });
}

/** A new request: the applicant gets its tracking code. */
export function notifyRequestReceived(tx: EntityManager, request: ServiceRequest, at: Date): string {
  return notifyApplicant(tx, request, 'request.received', null, at);
}

/** A request moved (in `RequestService.move`'s transaction): the applicant's events for the new status. */
export function notifyRequestMoved(
  tx: EntityManager,
  request: ServiceRequest,
  to: RequestStatus,
  note: string | null,
  at: Date,
): string[] {
  return (ON_STATUS[to] ?? []).map((type) => notifyApplicant(tx, request, type, note, at));
}

/** How messages name a complaint (complaints have no code of their own): the start of its id. */
export const complaintCode = (complaintId: string): string => `#${complaintId.slice(0, 8).toUpperCase()}`;

/** Staff answered a complaint: its author hears of it (each answer is an event of its own). */
export function notifyComplaintAnswered(tx: EntityManager, complaint: Complaint, at: Date): string {
  return enqueueNotification(tx, {
    type: 'complaint.answered',
    recipientUserId: complaint.authorId,
    occurredAt: at,
    link: COMPLAINT_LINK,
    data: { complaintCode: complaintCode(complaint.id), subject: complaint.subject, status: complaint.status },
  });
}
