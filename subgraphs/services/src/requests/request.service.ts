import { ConflictError } from '@kampung/shared';
import { LockMode } from '@mikro-orm/core';
import type { PlacesDirectory } from '../clients/places.client.js';
import type { ServicesContext } from '../env.js';
import { ApplicantRequests } from './request.applicant.js';
import { RequestReading } from './request.reading.js';
import { StaffRequests } from './request.staff.js';
import type { RequestStatus } from './request.status.js';
import type { SubmitRequestInput } from './request.validation.js';
import { ServiceRequestEvent } from './service-request-event.entity.js';
import { ServiceRequest } from './service-request.entity.js';
import { notifyRequestMoved } from '../notifications/request-notifications.js';

type EntityManager = ServicesContext['em'];

/**
 * Everything done with service requests, made per GraphQL request (`new RequestService(ctx)`),
 * in three parts, each in its own file:
 * - `reading`: one request, a citizen's list, the staff queue, public tracking, the timeline,
 *   the answers (staff reading them are audited);
 * - `applicant`: submit, and resubmit a request sent back as INCOMPLETE;
 * - `staff`: the workflow steps, issuing the letter when a letter request completes.
 * Requests belong to a village office: staff see and work only their villages' (decision 021).
 * Every change of status goes through `move`: one transaction, the row locked, one event.
 */
export class RequestService {
  readonly reading: RequestReading;
  readonly applicant: ApplicantRequests;
  readonly staff: StaffRequests;

  constructor(readonly context: ServicesContext) {
    this.reading = new RequestReading(this);
    this.applicant = new ApplicantRequests(this);
    this.staff = new StaffRequests(this);
  }

  get em(): EntityManager {
    return this.context.em;
  }

  /**
   * The seed and tests file requests without a signed-in applicant: checked as a submission
   * (village online, service adopted, answers), with village offices and holidays from `places`.
   */
  static createForSeed(em: EntityManager, input: SubmitRequestInput, places: PlacesDirectory): Promise<ServiceRequest> {
    return ApplicantRequests.create(em, input, places);
  }

  /**
   * Moves a request from `from` to `to`: locks the row, checks nobody moved it meanwhile,
   * applies the change and writes the event, all in one transaction.
   */
  async move(
    request: ServiceRequest,
    from: RequestStatus,
    to: RequestStatus,
    actorId: string,
    note: string | null,
    apply: (r: ServiceRequest, now: Date, tx: EntityManager) => void | Promise<void>,
  ): Promise<ServiceRequest> {
    if (request.status !== from)
      throw new ConflictError({
        id: `Permohonan berstatus ${request.status}, bukan ${from}`,
        en: `The request is ${request.status}, not ${from}`,
      });
    return this.em.transactional(async (tx) => {
      const locked = await tx.findOneOrFail(
        ServiceRequest,
        { id: request.id },
        { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['service'], refresh: true },
      );
      if (locked.status !== from)
        throw new ConflictError({
          id: 'Permohonan baru saja diubah orang lain, muat ulang',
          en: 'Someone else just changed this request; reload it',
        });
      const now = new Date();
      await apply(locked, now, tx);
      locked.status = to;
      tx.create(ServiceRequestEvent, {
        request: locked,
        actorId,
        fromStatus: from,
        toStatus: to,
        note,
        createdAt: now,
      });
      // The applicant hears of it in the same transaction (decision 028).
      notifyRequestMoved(tx, locked, to, note, now);
      return locked;
    });
  }
}
