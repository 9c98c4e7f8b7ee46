import {
  NotFoundError,
  requirePerson,
  UserInputError,
  validate,
  withUniqueCodeRetry,
  type Connection,
} from '@kampung/shared';
import { z } from 'zod';
import { Service } from '../catalogue/service.entity.js';
import type { ServicesContext } from '../env.js';
import { Upload } from '../files/upload.entity.js';
import type { RequestService } from './request.service.js';
import { answersSchema, submitSchema, withoutBlanks, type SubmitRequestInput } from './request.validation.js';
import { ServiceRequestEvent } from './service-request-event.entity.js';
import { ServiceRequest } from './service-request.entity.js';
import { newTrackingCode } from './tracking-code.js';

type EntityManager = ServicesContext['em'];

const HOUR_MS = 3_600_000;

export type AnswerPairs = { key: string; value: string }[];
const toRecord = (answers: AnswerPairs) => withoutBlanks(Object.fromEntries(answers.map((a) => [a.key, a.value])));

/** The applicant's side of requests: filing one, and fixing one sent back as INCOMPLETE. */
export class ApplicantRequests {
  constructor(private readonly requests: RequestService) {}

  private get em() {
    return this.requests.em;
  }

  /** The signed-in citizen's own requests, newest first. */
  mine(first?: number | null, after?: string | null): Promise<Connection<ServiceRequest>> {
    const viewer = requirePerson(this.requests.context.viewer);
    return this.requests.reading.listForApplicant(viewer.userId, first, after);
  }

  /** A signed-in citizen applies for an active service; FILE answers must be their own uploads. */
  async submit(serviceSlug: string, answers: AnswerPairs): Promise<ServiceRequest> {
    const viewer = requirePerson(this.requests.context.viewer);
    const service = await this.em.findOne(Service, { slug: serviceSlug, active: true });
    if (!service) throw new NotFoundError({ id: 'Layanan', en: 'Service' });
    const record = toRecord(answers);
    await this.checkFiles(
      record,
      service.formFields.filter((f) => f.type === 'FILE').map((f) => f.key),
      viewer.userId,
    );
    return ApplicantRequests.create(this.em, { serviceId: service.id, applicantId: viewer.userId, answers: record });
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
    return this.requests.move(request, 'INCOMPLETE', 'SUBMITTED', viewer.userId, null, (r, now) => {
      r.answers = parsed;
      r.dueAt = new Date(now.getTime() + request.service.slaHours * HOUR_MS);
    });
  }

  /**
   * Files an application for an active service: answers checked against its form, the form
   * kept as it is now, due `slaHours` after submission, and a first SUBMITTED event.
   */
  static async create(em: EntityManager, input: SubmitRequestInput): Promise<ServiceRequest> {
    const data = validate(submitSchema, input);
    const service = await em.findOne(Service, { id: data.serviceId, active: true });
    if (!service) throw new NotFoundError({ id: 'Layanan', en: 'Service' });
    const { answers } = validate(z.object({ answers: answersSchema(service.formFields) }), { answers: data.answers });
    // A new random tracking code for each try: two requests may draw the same one.
    return withUniqueCodeRetry(
      () =>
        em.transactional((tx) => {
          const submittedAt = new Date();
          const request = tx.create(ServiceRequest, {
            trackingCode: newTrackingCode(),
            service,
            serviceVersion: service.version,
            applicantId: data.applicantId,
            status: 'SUBMITTED',
            formSnapshot: service.formFields,
            answers,
            submittedAt,
            dueAt: new Date(submittedAt.getTime() + service.slaHours * HOUR_MS),
            createdAt: submittedAt,
            updatedAt: submittedAt,
          });
          tx.create(ServiceRequestEvent, {
            request,
            actorId: data.applicantId,
            toStatus: 'SUBMITTED',
            createdAt: submittedAt,
          });
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
