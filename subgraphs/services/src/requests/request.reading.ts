import {
  emptyConnection,
  ForbiddenError,
  isSelfOrStaff,
  isUuid,
  keysetPage,
  orderByKeys,
  requirePerson,
  type Connection,
} from '@kampung/shared';
import { PersonalDataAccess } from '../privacy/personal-data-access.entity.js';
import { answerOfType } from './answers.js';
import type { TrackedRequestType } from './request.type.js';
import type { RequestService } from './request.service.js';
import { ServiceRequestEvent } from './service-request-event.entity.js';
import { ServiceRequest } from './service-request.entity.js';

/** Reading requests: only their applicant and staff see one; anyone may track one by code and NIK. */
export class RequestReading {
  constructor(private readonly requests: RequestService) {}

  private get em() {
    return this.requests.em;
  }

  private get viewer() {
    return this.requests.context.viewer;
  }

  /** `serviceRequest(id)`: null for anyone but its applicant and staff. */
  async one(id: string): Promise<ServiceRequest | null> {
    requirePerson(this.viewer);
    const request = isUuid(id) ? await this.em.findOne(ServiceRequest, { id }) : null;
    return request && isSelfOrStaff(this.viewer, request.applicantId) ? request : null;
  }

  /** A federation reference, batched; null for anyone but its applicant and staff. */
  async reference(id: string): Promise<ServiceRequest | null> {
    const request = isUuid(id) ? await this.byId(id) : null;
    return request && isSelfOrStaff(this.viewer, request.applicantId) ? request : null;
  }

  /** With its service loaded, for the changes that need its promised time or letter; no access check. */
  withService(id: string): Promise<ServiceRequest | null> {
    return isUuid(id) ? this.em.findOne(ServiceRequest, { id }, { populate: ['service'] }) : Promise.resolve(null);
  }

  /** `User.serviceRequests`: only the user themself and staff may list them. */
  async ofUser(userId: string, first?: number | null, after?: string | null): Promise<Connection<ServiceRequest>> {
    if (!isSelfOrStaff(this.viewer, userId)) throw new ForbiddenError();
    if (!isUuid(userId)) return emptyConnection();
    return this.listForApplicant(userId, first, after);
  }

  /** An applicant's requests, newest first: keyset on (submittedAt, id). */
  listForApplicant(
    applicantId: string,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<ServiceRequest>> {
    return keysetPage(this.em, ServiceRequest, { where: { applicantId }, first, after, field: 'submittedAt' });
  }

  /** Public: the tracking code and the last four NIK digits must both match; otherwise null. */
  async track(trackingCode: string, nikLast4: string): Promise<TrackedRequestType | null> {
    const code = trackingCode.trim().toUpperCase();
    if (!/^LYN-[0-9A-Z]{6}$/.test(code) || !/^\d{4}$/.test(nikLast4.trim())) return null;
    const request = await this.em.findOne(ServiceRequest, { trackingCode: code }, { populate: ['service'] });
    const nik = request ? answerOfType(request, 'NIK') : undefined;
    if (!request || typeof nik !== 'string' || !nik.endsWith(nikLast4.trim())) return null;
    const events = await this.events(request.id);
    return {
      trackingCode: request.trackingCode,
      status: request.status,
      serviceName: request.service.name,
      submittedAt: request.submittedAt,
      dueAt: request.dueAt,
      completedAt: request.completedAt,
      steps: events.map((e) => ({ status: e.toStatus, at: e.createdAt })),
    };
  }

  /** The timeline, oldest first. */
  events(requestId: string): Promise<ServiceRequestEvent[]> {
    return this.em.find(ServiceRequestEvent, { request: requestId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** Personal answers: staff reading someone else's are written to the audit log first. */
  async revealAnswers(request: ServiceRequest, purpose: string): Promise<void> {
    const viewer = this.viewer;
    if (!isSelfOrStaff(viewer, request.applicantId)) throw new ForbiddenError();
    if (viewer!.userId === request.applicantId) return;
    await this.em.fork().insert(PersonalDataAccess, {
      id: crypto.randomUUID(),
      staffId: viewer!.userId,
      request: request.id,
      purpose: purpose.slice(0, 200),
      at: new Date(),
    });
  }

  private byId(id: string): Promise<ServiceRequest | null> {
    return this.requests.context.loaders
      .get<string, ServiceRequest | null>('ServiceRequest.byId', async (ids) =>
        orderByKeys(ids, await this.em.find(ServiceRequest, { id: { $in: [...ids] } }), (r) => r.id),
      )
      .load(id);
  }
}
