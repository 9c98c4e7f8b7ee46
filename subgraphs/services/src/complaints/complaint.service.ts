import {
  canActForVillage,
  canOverseeVillage,
  ConflictError,
  DEFAULT_VILLAGE_CODE,
  ForbiddenError,
  isStaff,
  isUuid,
  NotFoundError,
  oversightScope,
  requirePerson,
  UserInputError,
  validate,
  villageCodeFilter,
  type Viewer,
} from '@kampung/shared';
import type { z } from 'zod';
import { Service } from '../catalogue/service.entity.js';
import type { ServicesContext } from '../env.js';
import { isRegencyVillage } from '../oversight/regency-villages.js';
import { ServiceRequest } from '../requests/service-request.entity.js';
import { Complaint, type ComplaintStatus } from './complaint.entity.js';
import type { ComplaintStatsType } from './complaint.type.js';
import { fileComplaintSchema, respondSchema } from './complaint.validation.js';
import { notifyComplaintAnswered } from '../notifications/request-notifications.js';

const notFound = () => new NotFoundError({ id: 'Pengaduan', en: 'Complaint' });

/**
 * Complaints are filed to a village office. Its staff (and the regency admin) read and answer
 * them; the district officer reads those of the district's villages; no one else sees them.
 */
export class ComplaintService {
  constructor(private readonly context: ServicesContext) {}

  async file(input: z.input<typeof fileComplaintSchema>): Promise<Complaint> {
    const viewer = requirePerson(this.context.viewer);
    const data = validate(fileComplaintSchema, input);
    const em = this.context.em;
    if (data.villageCode && !isRegencyVillage(data.villageCode))
      throw UserInputError.field('villageCode', {
        id: `Desa ${data.villageCode} tidak dikenal`,
        en: `Unknown village ${data.villageCode}`,
      });
    const service = data.serviceSlug ? await em.findOne(Service, { slug: data.serviceSlug }) : null;
    if (data.serviceSlug && !service) throw new NotFoundError({ id: 'Layanan', en: 'Service' });
    const request =
      data.requestId && isUuid(data.requestId)
        ? await em.findOne(ServiceRequest, { id: data.requestId, applicantId: viewer.userId })
        : null;
    if (data.requestId && !request) throw new NotFoundError({ id: 'Permohonan', en: 'Request' });
    // A complaint about a request goes to the office that handles it, whatever village was named.
    const complaint = em.create(Complaint, {
      authorId: viewer.userId,
      villageCode: request?.villageCode ?? data.villageCode ?? DEFAULT_VILLAGE_CODE,
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

  /** The complaints the viewer oversees (their villages, their district, or all), optionally of one village. */
  all(status: ComplaintStatus | null, villageCode: string | null = null): Promise<Complaint[]> {
    const viewer = this.staff();
    return this.context.em.find(
      Complaint,
      {
        $and: [villageCodeFilter(oversightScope(viewer)), status ? { status } : {}, villageCode ? { villageCode } : {}],
      } as never,
      { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 100 },
    );
  }

  /**
   * Staff of the complaint's village respond (WAITING → IN_PROGRESS) and resolve (→ RESOLVED); a
   * resolved complaint stays so. The district officer reads but does not answer (FORBIDDEN); for
   * anyone else the complaint does not exist.
   */
  async respond(id: string, response: string, resolve: boolean): Promise<Complaint> {
    const viewer = this.staff();
    const data = validate(respondSchema, { response });
    const complaint = isUuid(id) ? await this.context.em.findOne(Complaint, { id }) : null;
    if (!complaint || !canOverseeVillage(viewer, complaint.villageCode)) throw notFound();
    if (!canActForVillage(viewer, complaint.villageCode))
      throw new ForbiddenError({
        id: 'Pengaduan dijawab oleh staf desanya',
        en: 'The village’s own staff answer its complaints',
      });
    if (complaint.status === 'RESOLVED')
      throw new ConflictError({ id: 'Pengaduan sudah selesai', en: 'The complaint is already resolved' });
    const now = new Date();
    complaint.response = data.response;
    complaint.responderId = viewer.userId;
    complaint.respondedAt ??= now;
    complaint.status = resolve ? 'RESOLVED' : 'IN_PROGRESS';
    if (resolve) complaint.resolvedAt = now;
    // Flushed with the answer: its author hears of it (decision 028).
    notifyComplaintAnswered(this.context.em, complaint, now);
    await this.context.em.flush();
    return complaint;
  }

  /** Counts by status and the average hours to a first response, over the complaints the viewer oversees. */
  async stats(): Promise<ComplaintStatsType> {
    const viewer = this.staff();
    const scope = oversightScope(viewer);
    const [where, params] = scopeSql(scope);
    const rows: Record<string, unknown>[] = await this.context.em.getConnection().execute(
      `select
      (count(*) filter (where "status" = 'WAITING'))::int as waiting, (count(*) filter (where "status" = 'IN_PROGRESS'))::int as in_progress,
      (count(*) filter (where "status" = 'RESOLVED'))::int as resolved,
      avg(extract(epoch from "responded_at" - "created_at")) / 3600 as avg_h from "services"."complaints" where ${where}`,
      params,
    );
    const row = rows[0]!;
    return {
      waiting: Number(row.waiting),
      inProgress: Number(row.in_progress),
      resolved: Number(row.resolved),
      avgResponseHours: row.avg_h === null ? null : Math.round(Number(row.avg_h) * 100) / 100,
    };
  }

  private staff(): Viewer {
    const viewer = requirePerson(this.context.viewer);
    if (!isStaff(viewer)) throw new ForbiddenError({ id: 'Hanya staf desa', en: 'Village staff only' });
    return viewer;
  }
}

/** A SQL condition on "village_code" for a scope, with its parameters (`true` for 'ALL'). */
export function scopeSql(scope: 'ALL' | string[], column = '"village_code"'): [string, string[]] {
  if (scope === 'ALL') return ['true', []];
  if (scope.length === 0) return ['false', []];
  const parts = scope.map(() => `(${column} = ? or ${column} like ?)`);
  return [`(${parts.join(' or ')})`, scope.flatMap((place) => [place, `${place}.%`])];
}
