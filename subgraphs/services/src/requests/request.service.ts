import type { FilterQuery } from '@mikro-orm/core';
import {
  afterCursor,
  decodeCursor,
  ForbiddenError,
  isSelfOrStaff,
  orderByKeys,
  pageSize,
  requirePerson,
  toConnection,
  type Connection,
  type RequestContext,
} from '@kampung/shared';
import { isId } from '../catalogue/catalogue.validation.js';
import { submitRequest } from './request-submission.js';
import type { SubmitRequestInput } from './request.validation.js';
import { ServiceRequest } from './service-request.entity.js';

export class ServiceRequestService {
  constructor(private readonly context: RequestContext) {}

  private get em() {
    return this.context.em;
  }

  /** For the seed (and, later, the application form): see `submitRequest`. */
  static createForSeed(em: RequestContext['em'], input: SubmitRequestInput): Promise<ServiceRequest> {
    return submitRequest(em, input);
  }

  myRequests(first?: number | null, after?: string | null): Promise<Connection<ServiceRequest>> {
    const viewer = requirePerson(this.context.viewer);
    return this.listForApplicant(viewer.userId, first, after);
  }

  /** `User.serviceRequests`: only the user themself and staff may list them. */
  async requestsOf(userId: string, first?: number | null, after?: string | null): Promise<Connection<ServiceRequest>> {
    if (!isSelfOrStaff(this.context.viewer, userId)) throw new ForbiddenError();
    if (!isId(userId)) return toConnection([], 0, 0, () => '');
    return this.listForApplicant(userId, first, after);
  }

  async reference(id: string): Promise<ServiceRequest | null> {
    const request = isId(id) ? await this.byId(id) : null;
    return request && isSelfOrStaff(this.context.viewer, request.applicantId) ? request : null;
  }

  private byId(id: string): Promise<ServiceRequest | null> {
    return this.context.loaders
      .get<string, ServiceRequest | null>('ServiceRequest.byId', async (ids) => {
        return orderByKeys(ids, await this.em.find(ServiceRequest, { id: { $in: [...ids] } }), (r) => r.id);
      })
      .load(id);
  }

  private async listForApplicant(
    applicantId: string,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<ServiceRequest>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const where: FilterQuery<ServiceRequest> = { applicantId };
    const [rows, total] = await Promise.all([
      this.em.find(
        ServiceRequest,
        cursor ? { $and: [where, afterCursor(cursor, 'submittedAt') as FilterQuery<ServiceRequest>] } : where,
        {
          orderBy: { submittedAt: 'desc', id: 'desc' },
          limit: size + 1,
        },
      ),
      this.em.count(ServiceRequest, where),
    ]);
    return toConnection(rows, size, total, (request) => request.submittedAt.toISOString());
  }
}
