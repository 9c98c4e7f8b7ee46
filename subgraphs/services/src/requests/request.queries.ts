import type { FilterQuery } from '@mikro-orm/core';
import {
  decodeCursor,
  ForbiddenError,
  isSelfOrStaff,
  isStaff,
  pageSize,
  requirePerson,
  toConnection,
  UserInputError,
  type Connection,
  type RequestContext,
} from '@kampung/shared';
import { isId } from '../catalogue/catalogue.validation.js';
import { PersonalDataAccess } from '../privacy/personal-data-access.entity.js';
import { answerOfType } from './answers.js';
import type { RequestStatus } from './request.status.js';
import { ServiceRequestEvent } from './service-request-event.entity.js';
import { ServiceRequest } from './service-request.entity.js';

const OPEN: RequestStatus[] = ['SUBMITTED', 'VERIFIED', 'IN_PROCESS'];

/** Reading requests: one for its applicant or staff, the staff queue, public tracking. */
export class RequestQueries {
  constructor(private readonly context: RequestContext) {}

  private get em() {
    return this.context.em;
  }

  async one(id: string): Promise<ServiceRequest | null> {
    requirePerson(this.context.viewer);
    const request = isId(id) ? await this.em.findOne(ServiceRequest, { id }) : null;
    return request && isSelfOrStaff(this.context.viewer, request.applicantId) ? request : null;
  }

  /** Staff queue: by due time, soonest (and overdue) first; open requests unless statuses are given. */
  async queue(
    statuses: RequestStatus[] | null,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<ServiceRequest>> {
    if (!isStaff(requirePerson(this.context.viewer))) throw new ForbiddenError();
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const where: FilterQuery<ServiceRequest> = { status: { $in: statuses?.length ? statuses : OPEN } };
    let page: FilterQuery<ServiceRequest> = {};
    if (cursor) {
      const dueAt = new Date(cursor.value);
      if (Number.isNaN(dueAt.getTime()))
        throw UserInputError.field('after', { id: 'Kursor halaman tidak valid', en: 'Page cursor is not valid' });
      page = { $or: [{ dueAt: { $gt: dueAt } }, { dueAt, id: { $gt: cursor.id } }] };
    }
    const [rows, total] = await Promise.all([
      this.em.find(ServiceRequest, { $and: [where, page] }, { orderBy: { dueAt: 'asc', id: 'asc' }, limit: size + 1 }),
      this.em.count(ServiceRequest, where),
    ]);
    return toConnection(rows, size, total, (r) => r.dueAt.toISOString());
  }

  /** Public: the tracking code and the last four NIK digits must both match; otherwise null. */
  async track(trackingCode: string, nikLast4: string): Promise<ServiceRequest | null> {
    const code = trackingCode.trim().toUpperCase();
    if (!/^LYN-[0-9A-Z]{6}$/.test(code) || !/^\d{4}$/.test(nikLast4.trim())) return null;
    const request = await this.em.findOne(ServiceRequest, { trackingCode: code }, { populate: ['service'] });
    const nik = request ? answerOfType(request, 'NIK') : undefined;
    return request && typeof nik === 'string' && nik.endsWith(nikLast4.trim()) ? request : null;
  }

  events(requestId: string): Promise<ServiceRequestEvent[]> {
    return this.em.find(ServiceRequestEvent, { request: requestId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** Personal answers: staff reading someone else's are written to the audit log first. */
  async revealAnswers(request: ServiceRequest, purpose: string): Promise<void> {
    const viewer = this.context.viewer;
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
}
