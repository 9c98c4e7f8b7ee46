import {
  canActForVillage,
  canOverseeVillage,
  emptyConnection,
  ForbiddenError,
  isSelfOrStaff,
  isUuid,
  keysetPage,
  oversightScope,
  orderByKeys,
  requirePerson,
  villageCodeFilter,
  type Connection,
  type Viewer,
} from '@kampung/shared';
import type { FilterQuery } from '@mikro-orm/core';
import { AccountsClient, type UserContact } from '../clients/accounts.client.js';
import { PersonalDataAccess } from '../privacy/personal-data-access.entity.js';
import { answerOfType } from './answers.js';
import type { TrackedRequestType } from './request.type.js';
import type { RequestService } from './request.service.js';
import { ServiceRequestEvent } from './service-request-event.entity.js';
import { ServiceRequest } from './service-request.entity.js';

/** Its applicant, and whoever oversees its village (staff and head, district officer, regency admin). */
export const canRead = (viewer: Viewer | null, request: Pick<ServiceRequest, 'applicantId' | 'villageCode'>): boolean =>
  !!viewer &&
  !viewer.service &&
  (viewer.userId === request.applicantId || canOverseeVillage(viewer, request.villageCode));

/**
 * Reading requests: only their applicant and the staff of its village (and its district officer,
 * the regency admin) see one; staff of another village get null, as for a request that does not
 * exist. Anyone may track one by code and NIK.
 */
export class RequestReading {
  constructor(private readonly requests: RequestService) {}

  private get em() {
    return this.requests.em;
  }

  private get viewer() {
    return this.requests.context.viewer;
  }

  /** `serviceRequest(id)`: null for anyone but its applicant and those who oversee its village. */
  async one(id: string): Promise<ServiceRequest | null> {
    requirePerson(this.viewer);
    const request = isUuid(id) ? await this.em.findOne(ServiceRequest, { id }) : null;
    return request && canRead(this.viewer, request) ? request : null;
  }

  /** A federation reference, batched; null for anyone but its applicant and those who oversee its village. */
  async reference(id: string): Promise<ServiceRequest | null> {
    const request = isUuid(id) ? await this.byId(id) : null;
    return request && canRead(this.viewer, request) ? request : null;
  }

  /** With its service loaded, for the changes that need its promised time or letter; no access check. */
  withService(id: string): Promise<ServiceRequest | null> {
    return isUuid(id) ? this.em.findOne(ServiceRequest, { id }, { populate: ['service'] }) : Promise.resolve(null);
  }

  /**
   * `User.serviceRequests`: the user themself sees all of theirs; staff only those made to the
   * villages they oversee.
   */
  async ofUser(userId: string, first?: number | null, after?: string | null): Promise<Connection<ServiceRequest>> {
    if (!isSelfOrStaff(this.viewer, userId)) throw new ForbiddenError();
    if (!isUuid(userId)) return emptyConnection();
    const own = this.viewer!.userId === userId;
    return this.listForApplicant(userId, first, after, own ? null : oversightScope(this.viewer));
  }

  /** An applicant's requests, newest first: keyset on (submittedAt, id); only inside `scope` when given. */
  listForApplicant(
    applicantId: string,
    first?: number | null,
    after?: string | null,
    scope: 'ALL' | string[] | null = null,
  ): Promise<Connection<ServiceRequest>> {
    const where = (
      scope === null ? { applicantId } : { $and: [{ applicantId }, villageCodeFilter(scope)] }
    ) as FilterQuery<ServiceRequest>;
    return keysetPage(this.em, ServiceRequest, { where, first, after, field: 'submittedAt' });
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
      villageCode: request.villageCode,
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
    if (!canRead(viewer, request)) throw new ForbiddenError();
    if (viewer!.userId === request.applicantId) return;
    await this.audit(request, purpose);
  }

  /**
   * The applicant's contact for the office that works the request (its staff and head, the
   * regency admin; decision 030): asked of accounts with the services token, each read audited.
   * Null for anyone else (the applicant has their own account page; the district officer
   * oversees, it does not call citizens).
   */
  async applicantContact(request: ServiceRequest): Promise<UserContact | null> {
    const viewer = this.viewer;
    if (!viewer || viewer.service || !canActForVillage(viewer, request.villageCode)) return null;
    await this.audit(request, 'kontak pemohon');
    return new AccountsClient(this.requests.context.env).contactOf(request.applicantId);
  }

  private async audit(request: ServiceRequest, purpose: string): Promise<void> {
    await this.em.fork().insert(PersonalDataAccess, {
      id: crypto.randomUUID(),
      staffId: this.viewer!.userId,
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
