import {
  ConflictError,
  UserInputError,
  canActForVillage,
  canOverseeVillage,
  districtCodeSchema,
  ForbiddenError,
  isInside,
  isRegencyAdmin,
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
  type Viewer,
} from '@kampung/shared';
import type { FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import { placesDirectory, type VillageOffice } from '../clients/places.client.js';
import { knownVillage } from '../catalogue/village-catalogue.service.js';
import { LetterService } from '../letters/letter.service.js';
import { workingMinutesBetween } from './request.clock.js';
import type { RequestService } from './request.service.js';
import { OPEN_STATUSES, type RequestStatus } from './request.status.js';
import { noteSchema } from './request.validation.js';
import { checkStaffTransition } from './request.workflow.js';
import { ServiceRequest } from './service-request.entity.js';

/** Who co-signs for a village: the officers of its district, and the regency admin (decision 030). */
export const canCosignForVillage = (viewer: Viewer | null, villageCode: string): boolean =>
  !!viewer &&
  !viewer.service &&
  (viewer.memberships ?? []).some(
    (m) => m.role === 'REGENCY_ADMIN' || (m.role === 'DISTRICT_OFFICER' && isInside(villageCode, m.place)),
  );

/** The districts whose co-signatures the viewer gives: `'ALL'` for the regency admin. */
function cosignScope(viewer: Viewer): 'ALL' | string[] {
  if (isRegencyAdmin(viewer)) return 'ALL';
  return (viewer.memberships ?? []).filter((m) => m.role === 'DISTRICT_OFFICER').map((m) => m.place);
}

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
      $and: [place, { status: { $in: statuses?.length ? statuses : OPEN_STATUSES } }],
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
    checkStaffTransition(request.status, to, note, request.service.needsDistrictCosign);
    const places = placesDirectory(this.requests.context.env);
    // Office data before the transaction: the clock for the working minutes, the letterhead.
    const village = to === 'COMPLETED' ? await knownVillage(places, request.villageCode) : null;
    return this.requests.move(request, request.status, to, viewer.userId, note, async (r, now, tx) => {
      if (to === 'COMPLETED' && village) await this.complete(r, now, tx, village, false);
    });
  }

  /**
   * The co-signature queue of a district head: requests of the villages of their districts that
   * wait for the camat (AWAITING_COSIGN), by due time. District officers and the regency admin
   * only; a district that is not theirs is FORBIDDEN.
   */
  async cosignQueue(
    districtCode: string | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<ServiceRequest>> {
    const viewer = requirePerson(this.requests.context.viewer);
    const code = validate(z.object({ districtCode: districtCodeSchema.nullish() }), { districtCode }).districtCode;
    const scope = cosignScope(viewer);
    if (scope !== 'ALL' && scope.length === 0)
      throw new ForbiddenError({ id: 'Hanya untuk camat', en: 'District heads (camat) only' });
    if (code && scope !== 'ALL' && !scope.includes(code))
      throw new ForbiddenError({ id: 'Bukan kecamatan Anda', en: 'Not your district' });
    const place = villageCodeFilter(code ? [code] : scope);
    const where = { $and: [place, { status: 'AWAITING_COSIGN' }] } as FilterQuery<ServiceRequest>;
    return keysetPage(this.requests.em, ServiceRequest, { where, first, after, field: 'dueAt', direction: 'asc' });
  }

  /**
   * The camat co-signs: AWAITING_COSIGN → COMPLETED, the letter issued with the village head and
   * the district head as signatories; or returns it to the village (→ IN_PROCESS, with a reason).
   * Only the officers of the village's district and the regency admin; the village's own staff
   * (who may read it) are FORBIDDEN; anyone else gets NOT_FOUND. Nothing is written on a refusal.
   */
  async cosign(id: string, approve: boolean, rawNote: string | null): Promise<ServiceRequest> {
    const viewer = requirePerson(this.requests.context.viewer);
    const note = validate(z.object({ note: noteSchema }), { note: rawNote }).note ?? null;
    const request = await this.requests.reading.withService(id);
    if (!request || !canOverseeVillage(viewer, request.villageCode)) throw notFound();
    if (!canCosignForVillage(viewer, request.villageCode))
      throw new ForbiddenError({
        id: 'Hanya camat kecamatan desa ini yang menandatangani',
        en: "Only the head of this village's district co-signs",
      });
    if (request.status !== 'AWAITING_COSIGN')
      throw new ConflictError({
        id: `Permohonan berstatus ${request.status}, tidak menunggu tanda tangan camat`,
        en: `The request is ${request.status}, not waiting for the camat`,
      });
    if (!approve && !note?.trim())
      throw UserInputError.field('note', {
        id: 'Tuliskan apa yang perlu diperbaiki desa',
        en: 'Say what the village must correct',
      });
    if (!approve)
      return this.requests.move(request, 'AWAITING_COSIGN', 'IN_PROCESS', viewer.userId, note, () => undefined);
    const village = await knownVillage(placesDirectory(this.requests.context.env), request.villageCode);
    return this.requests.move(request, 'AWAITING_COSIGN', 'COMPLETED', viewer.userId, note, (r, now, tx) =>
      this.complete(r, now, tx, village, true),
    );
  }

  /** Completion: the clock's verdict and working minutes, and the letter of a letter service. */
  private async complete(
    r: ServiceRequest,
    now: Date,
    tx: Parameters<Parameters<RequestService['move']>[5]>[2],
    village: VillageOffice,
    cosigned: boolean,
  ): Promise<void> {
    const places = placesDirectory(this.requests.context.env);
    r.completedAt = now;
    r.slaMet = now.getTime() <= r.dueAt.getTime();
    r.workingMinutesTaken = await workingMinutesBetween(places, village, r.submittedAt, now);
    if (r.service.isLetter) await new LetterService(this.requests.context).issue(tx, r, now, village, cosigned);
  }
}
