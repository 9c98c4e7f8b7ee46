import {
  NotFoundError,
  requirePerson,
  UserInputError,
  validate,
  withUniqueCodeRetry,
  type Connection,
} from '@kampung/shared';
import { z } from 'zod';
import { placesDirectory, type PlacesDirectory } from '../clients/places.client.js';
import { Service } from '../catalogue/service.entity.js';
import { knownVillage, offeredIn } from '../catalogue/village-catalogue.service.js';
import type { ServicesContext } from '../env.js';
import { Upload } from '../files/upload.entity.js';
import { dueAtFor } from './request.clock.js';
import type { RequestService } from './request.service.js';
import { answersSchema, submitSchema, withoutBlanks, type SubmitRequestInput } from './request.validation.js';
import { ServiceRequestEvent } from './service-request-event.entity.js';
import { ServiceRequest } from './service-request.entity.js';
import { newTrackingCode } from './tracking-code.js';
import { notifyRequestReceived } from '../notifications/request-notifications.js';

type EntityManager = ServicesContext['em'];

export type AnswerPairs = { key: string; value: string }[];
const toRecord = (answers: AnswerPairs) => withoutBlanks(Object.fromEntries(answers.map((a) => [a.key, a.value])));

/** The applicant's side of requests: filing one, and fixing one sent back as INCOMPLETE. */
export class ApplicantRequests {
  constructor(private readonly requests: RequestService) {}

  private get em() {
    return this.requests.em;
  }

  private get places() {
    return placesDirectory(this.requests.context.env);
  }

  /** The signed-in citizen's own requests, newest first. */
  mine(first?: number | null, after?: string | null): Promise<Connection<ServiceRequest>> {
    const viewer = requirePerson(this.requests.context.viewer);
    return this.requests.reading.listForApplicant(viewer.userId, first, after);
  }

  /**
   * A signed-in citizen applies to a village office (Sembulung when none is named) for a
   * service it offers; FILE answers must be their own uploads.
   */
  async submit(serviceSlug: string, answers: AnswerPairs, villageCode?: string | null): Promise<ServiceRequest> {
    const viewer = requirePerson(this.requests.context.viewer);
    const service = await this.em.findOne(Service, { slug: String(serviceSlug).trim().toLowerCase() });
    if (!service) throw new NotFoundError({ id: 'Layanan', en: 'Service' });
    const record = toRecord(answers);
    const offer = await ApplicantRequests.check(this.em, this.places, {
      serviceId: service.id,
      applicantId: viewer.userId,
      villageCode,
      answers: record,
    });
    await this.checkFiles(
      record,
      offer.formFields.filter((f) => f.type === 'FILE').map((f) => f.key),
      viewer.userId,
    );
    return ApplicantRequests.create(
      this.em,
      { serviceId: service.id, applicantId: viewer.userId, villageCode, answers: record },
      this.places,
    );
  }

  /** The applicant fixes an INCOMPLETE request against the form it was made with; a new promised time starts. */
  async resubmit(id: string, answers: AnswerPairs): Promise<ServiceRequest> {
    const viewer = requirePerson(this.requests.context.viewer);
    const request = await this.requests.reading.withService(id);
    if (!request || request.applicantId !== viewer.userId) throw new NotFoundError({ id: 'Permohonan', en: 'Request' });
    const record = toRecord(answers);
    const parsed = validate(z.object({ answers: answersSchema(request.formSnapshot) }), { answers: record })
      .answers as Record<string, unknown>;
    await this.checkFiles(
      parsed,
      request.formSnapshot.filter((f) => f.type === 'FILE').map((f) => f.key),
      viewer.userId,
    );
    const village = await knownVillage(this.places, request.villageCode);
    const now = new Date();
    const dueAt = await dueAtFor(this.places, village, now, request.slaHours);
    return this.requests.move(request, 'INCOMPLETE', 'SUBMITTED', viewer.userId, null, (r, at) => {
      r.answers = parsed;
      // Computed a moment before `at`; the promise counts from the resubmission.
      r.dueAt = dueAt.getTime() > at.getTime() ? dueAt : new Date(at.getTime() + 60_000);
    });
  }

  /**
   * Everything a submission must pass before anything is written: the village is known and
   * online, it offers the service, the answers fit its form (the template's fields and the
   * village's extra ones). Returns the service on the village's terms.
   */
  static async check(em: EntityManager, places: PlacesDirectory, input: SubmitRequestInput) {
    const data = validate(submitSchema, input);
    const village = await knownVillage(places, data.villageCode);
    if (!village.online)
      throw UserInputError.field('villageCode', {
        id: 'Desa ini belum melayani permohonan daring',
        en: 'This village does not take applications online yet',
      });
    const service = await em.findOne(Service, { id: data.serviceId, active: true });
    if (!service) throw new NotFoundError({ id: 'Layanan', en: 'Service' });
    const offer = await offeredIn(em, village.code, service);
    if (!offer)
      throw UserInputError.field('serviceId', {
        id: `Layanan ${service.name} (${service.id}) tidak ditawarkan Desa ${village.name}`,
        en: `${village.name} does not offer the service ${service.name} (${service.id})`,
      });
    const { answers } = validate(z.object({ answers: answersSchema(offer.formFields) }), { answers: data.answers });
    return { ...offer, data, village, answers: answers as Record<string, unknown> };
  }

  /**
   * Files an application with a village office: checked as above, the form and the village's
   * fee and promised time kept as they are now, due `slaHours` working hours of that office
   * after submission, and a first SUBMITTED event.
   */
  static async create(em: EntityManager, input: SubmitRequestInput, places: PlacesDirectory): Promise<ServiceRequest> {
    const offer = await ApplicantRequests.check(em, places, input);
    const submittedAt = new Date();
    const dueAt = await dueAtFor(places, offer.village, submittedAt, offer.slaHours);
    // A new random tracking code for each try: two requests may draw the same one.
    return withUniqueCodeRetry(
      () =>
        em.transactional((tx) => {
          const request = tx.create(ServiceRequest, {
            trackingCode: newTrackingCode(),
            service: offer.id,
            serviceVersion: offer.version,
            applicantId: offer.data.applicantId,
            villageCode: offer.village.code,
            fee: offer.fee,
            slaHours: offer.slaHours,
            status: 'SUBMITTED',
            formSnapshot: offer.formFields,
            answers: offer.answers,
            submittedAt,
            dueAt,
            createdAt: submittedAt,
            updatedAt: submittedAt,
          });
          tx.create(ServiceRequestEvent, {
            request,
            actorId: offer.data.applicantId,
            toStatus: 'SUBMITTED',
            createdAt: submittedAt,
          });
          notifyRequestReceived(tx, request, submittedAt);
          return Promise.resolve(request);
        }),
      { constraint: 'service_requests_tracking_code_unique' },
    );
  }

  /** A FILE answer must be an attachment this applicant uploaded. */
  private async checkFiles(answers: Record<string, unknown>, fileKeys: string[], ownerId: string): Promise<void> {
    for (const field of fileKeys) {
      const key = answers[field];
      if (typeof key !== 'string') continue;
      const upload = await this.em.findOne(Upload, { key, ownerId });
      if (!upload)
        throw UserInputError.field(`answers.${field}`, {
          id: 'Berkas tidak ditemukan, unggah ulang',
          en: 'File not found, upload it again',
        });
    }
  }
}
