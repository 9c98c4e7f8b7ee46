import {
  canActForVillage,
  canOverseeVillage,
  ForbiddenError,
  isStaff,
  keysetPage,
  NotFoundError,
  oversightScope,
  requireOverseeVillage,
  requirePerson,
  validate,
  villageCodeFilter,
  villageCodeSchema,
  type Connection,
} from '@kampung/shared';
import type { FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import { placesDirectory } from '../clients/places.client.js';
import { knownVillage } from '../catalogue/village-catalogue.service.js';
import { LetterService } from '../letters/letter.service.js';
import { workingMinutesBetween } from './request.clock.js';
import type { RequestService } from './request.service.js';
import type { RequestStatus } from './request.status.js';
import { noteSchema } from './request.validation.js';
import { checkStaffTransition } from './request.workflow.js';
import { ServiceRequest } from './service-request.entity.js';

const OPEN: RequestStatus[] = ['SUBMITTED', 'VERIFIED', 'IN_PROCESS'];

const notFound = () => new NotFoundError({ id: 'Permohonan', en: 'Request' });

/** Village staff's side of requests: the queue, and the steps of the workflow (`request.workflow.ts`). */
export class StaffRequests {
  constructor(private readonly requests: RequestService) {}

  /**
   * The queue by due time, soonest (and overdue) first; open requests unless statuses are given.
   * Only villages the viewer oversees (their own; a district officer's district; all for the
   * regency admin), or the one village asked for (FORBIDDEN when it is not theirs).
   */
  async queue(
    statuses: RequestStatus[] | null,
    first?: number | null,
    after?: string | null,
    villageCode?: string | null,
  ): Promise<Connection<ServiceRequest>> {
    const viewer = requirePerson(this.requests.context.viewer);
    if (!isStaff(viewer)) throw new ForbiddenError();
    const code = validate(z.object({ villageCode: villageCodeSchema.nullish() }), { villageCode }).villageCode;
    if (code) requireOverseeVillage(viewer, code);
    const place = (
      code ? { villageCode: code } : villageCodeFilter(oversightScope(viewer))
    ) as FilterQuery<ServiceRequest>;
    const where = {
      $and: [place, { status: { $in: statuses?.length ? statuses : OPEN } }],
    } as FilterQuery<ServiceRequest>;
    return keysetPage(this.requests.em, ServiceRequest, { where, first, after, field: 'dueAt', direction: 'asc' });
  }

  /**
   * A staff step: verify, process, complete (issuing the letter), reject or send back. Only
   * those who act for the request's village; its district officer (who may read it) is
   * FORBIDDEN; for anyone else the request does not exist (NOT_FOUND).
   */
  async transition(id: string, to: RequestStatus, rawNote: string | null): Promise<ServiceRequest> {
    const viewer = requirePerson(this.requests.context.viewer);
    if (!isStaff(viewer))
      throw new ForbiddenError({
        id: 'Hanya staf desa yang dapat memproses permohonan',
        en: 'Only village staff can process requests',
      });
    const note = validate(z.object({ note: noteSchema }), { note: rawNote }).note ?? null;
    const request = await this.requests.reading.withService(id);
    if (!request || !canOverseeVillage(viewer, request.villageCode)) throw notFound();
    // The district officer reads the village's requests but does not process them.
    if (!canActForVillage(viewer, request.villageCode))
      throw new ForbiddenError({
        id: 'Hanya staf desa ini yang dapat memproses permohonan',
        en: "Only this village's staff can process the request",
      });
    checkStaffTransition(request.status, to, note);
    const places = placesDirectory(this.requests.context.env);
    // Office data before the transaction: the clock for the working minutes, the letterhead.
    const village = to === 'COMPLETED' ? await knownVillage(places, request.villageCode) : null;
    return this.requests.move(request, request.status, to, viewer.userId, note, async (r, now, tx) => {
      if (to !== 'COMPLETED' || !village) return;
      r.completedAt = now;
      r.slaMet = now.getTime() <= r.dueAt.getTime();
      r.workingMinutesTaken = await workingMinutesBetween(places, village, r.submittedAt, now);
      if (r.service.isLetter) await new LetterService(this.requests.context).issue(tx, r, now, village);
    });
  }
}
