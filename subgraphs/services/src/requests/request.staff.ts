import {
  ForbiddenError,
  isStaff,
  keysetPage,
  NotFoundError,
  requirePerson,
  validate,
  type Connection,
} from '@kampung/shared';
import { z } from 'zod';
import { LetterService } from '../letters/letter.service.js';
import type { RequestService } from './request.service.js';
import type { RequestStatus } from './request.status.js';
import { noteSchema } from './request.validation.js';
import { checkStaffTransition } from './request.workflow.js';
import { ServiceRequest } from './service-request.entity.js';

const OPEN: RequestStatus[] = ['SUBMITTED', 'VERIFIED', 'IN_PROCESS'];

/** Village staff's side of requests: the queue, and the steps of the workflow (`request.workflow.ts`). */
export class StaffRequests {
  constructor(private readonly requests: RequestService) {}

  /** The queue by due time, soonest (and overdue) first; open requests unless statuses are given. */
  async queue(
    statuses: RequestStatus[] | null,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<ServiceRequest>> {
    if (!isStaff(requirePerson(this.requests.context.viewer))) throw new ForbiddenError();
    const where = { status: { $in: statuses?.length ? statuses : OPEN } };
    return keysetPage(this.requests.em, ServiceRequest, { where, first, after, field: 'dueAt', direction: 'asc' });
  }

  /** A staff step: verify, process, complete (issuing the letter), reject or send back. */
  async transition(id: string, to: RequestStatus, rawNote: string | null): Promise<ServiceRequest> {
    const viewer = requirePerson(this.requests.context.viewer);
    if (!isStaff(viewer))
      throw new ForbiddenError({
        id: 'Hanya staf desa yang dapat memproses permohonan',
        en: 'Only village staff can process requests',
      });
    const note = validate(z.object({ note: noteSchema }), { note: rawNote }).note ?? null;
    const request = await this.requests.reading.withService(id);
    if (!request) throw new NotFoundError({ id: 'Permohonan', en: 'Request' });
    checkStaffTransition(request.status, to, note);
    return this.requests.move(request, request.status, to, viewer.userId, note, async (r, now, tx) => {
      if (to !== 'COMPLETED') return;
      r.completedAt = now;
      r.slaMet = now.getTime() <= r.dueAt.getTime();
      if (r.service.isLetter) await new LetterService(this.requests.context).issue(tx, r, now);
    });
  }
}
