import {
  ConflictError,
  ForbiddenError,
  isStaff,
  isUuid,
  NotFoundError,
  requirePerson,
  validate,
} from '@kampung/shared';
import type { z } from 'zod';
import { Service } from '../catalogue/service.entity.js';
import type { ServicesContext } from '../env.js';
import { ServiceRequest } from '../requests/service-request.entity.js';
import { Complaint, type ComplaintStatus } from './complaint.entity.js';
import type { ComplaintStatsType } from './complaint.type.js';
import { fileComplaintSchema, respondSchema } from './complaint.validation.js';

export class ComplaintService {
  constructor(private readonly context: ServicesContext) {}

  async file(input: z.input<typeof fileComplaintSchema>): Promise<Complaint> {
    const viewer = requirePerson(this.context.viewer);
    const data = validate(fileComplaintSchema, input);
    const em = this.context.em;
    const service = data.serviceSlug ? await em.findOne(Service, { slug: data.serviceSlug }) : null;
    if (data.serviceSlug && !service) throw new NotFoundError({ id: 'Layanan', en: 'Service' });
    const request =
      data.requestId && isUuid(data.requestId)
        ? await em.findOne(ServiceRequest, { id: data.requestId, applicantId: viewer.userId })
        : null;
    if (data.requestId && !request) throw new NotFoundError({ id: 'Permohonan', en: 'Request' });
    const complaint = em.create(Complaint, {
      authorId: viewer.userId,
      subject: data.subject,
      body: data.body,
      serviceId: service?.id ?? request?.service.id ?? null,
      requestId: request?.id ?? null,
    });
    await em.flush();
    return complaint;
  }

  mine(): Promise<Complaint[]> {
    const viewer = requirePerson(this.context.viewer);
    return this.context.em.find(
      Complaint,
      { authorId: viewer.userId },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 100 },
    );
  }

  all(status: ComplaintStatus | null): Promise<Complaint[]> {
    this.staff();
    return this.context.em.find(Complaint, status ? { status } : {}, {
      orderBy: { createdAt: 'asc', id: 'asc' },
      limit: 100,
    });
  }

  /** Staff respond (WAITING → IN_PROGRESS) and resolve (→ RESOLVED); a resolved complaint stays so. */
  async respond(id: string, response: string, resolve: boolean): Promise<Complaint> {
    const viewer = this.staff();
    const data = validate(respondSchema, { response });
    const complaint = isUuid(id) ? await this.context.em.findOne(Complaint, { id }) : null;
    if (!complaint) throw new NotFoundError({ id: 'Pengaduan', en: 'Complaint' });
    if (complaint.status === 'RESOLVED')
      throw new ConflictError({ id: 'Pengaduan sudah selesai', en: 'The complaint is already resolved' });
    const now = new Date();
    complaint.response = data.response;
    complaint.responderId = viewer.userId;
    complaint.respondedAt ??= now;
    complaint.status = resolve ? 'RESOLVED' : 'IN_PROGRESS';
    if (resolve) complaint.resolvedAt = now;
    await this.context.em.flush();
    return complaint;
  }

  /** Counts by status and the average hours to a first response. */
  async stats(): Promise<ComplaintStatsType> {
    this.staff();
    const rows: Record<string, unknown>[] = await this.context.em.getConnection().execute(`select
      (count(*) filter (where "status" = 'WAITING'))::int as waiting, (count(*) filter (where "status" = 'IN_PROGRESS'))::int as in_progress,
      (count(*) filter (where "status" = 'RESOLVED'))::int as resolved,
      avg(extract(epoch from "responded_at" - "created_at")) / 3600 as avg_h from "services"."complaints"`);
    const row = rows[0]!;
    return {
      waiting: Number(row.waiting),
      inProgress: Number(row.in_progress),
      resolved: Number(row.resolved),
      avgResponseHours: row.avg_h === null ? null : Math.round(Number(row.avg_h) * 100) / 100,
    };
  }

  private staff() {
    const viewer = requirePerson(this.context.viewer);
    if (!isStaff(viewer)) throw new ForbiddenError({ id: 'Hanya staf desa', en: 'Village staff only' });
    return viewer;
  }
}
