import { LockMode } from '@mikro-orm/core';
import {
  ConflictError,
  ForbiddenError,
  isStaff,
  isUuid,
  NotFoundError,
  requirePerson,
  UserInputError,
  validate,
  type RequestContext,
} from '@kampung/shared';
import { z } from 'zod';
import { Service } from '../catalogue/service.entity.js';
import { Upload } from '../files/upload.entity.js';
import { issueLetter } from '../letters/letter.service.js';
import { submitRequest } from './request-submission.js';
import type { RequestStatus } from './request.status.js';
import { answersSchema, noteSchema, withoutBlanks } from './request.validation.js';
import { checkStaffTransition } from './request.workflow.js';
import { ServiceRequestEvent } from './service-request-event.entity.js';
import { ServiceRequest } from './service-request.entity.js';

const HOUR_MS = 3_600_000;
export type AnswerPairs = { key: string; value: string }[];
const toRecord = (answers: AnswerPairs) => withoutBlanks(Object.fromEntries(answers.map((a) => [a.key, a.value])));

/** What citizens and staff do to requests; every change is one transaction with its event. */
export class RequestActions {
  constructor(private readonly context: RequestContext) {}

  private get em() {
    return this.context.em;
  }

  async submit(serviceSlug: string, answers: AnswerPairs): Promise<ServiceRequest> {
    const viewer = requirePerson(this.context.viewer);
    const service = await this.em.findOne(Service, { slug: serviceSlug, active: true });
    if (!service) throw new NotFoundError({ id: 'Layanan', en: 'Service' });
    const record = toRecord(answers);
    await this.checkFiles(
      record,
      service.formFields.filter((f) => f.type === 'FILE').map((f) => f.key),
      viewer.userId,
    );
    return submitRequest(this.em, { serviceId: service.id, applicantId: viewer.userId, answers: record });
  }

  /** The applicant fixes an INCOMPLETE request against the form it was made with; a new promised time starts. */
  async resubmit(id: string, answers: AnswerPairs): Promise<ServiceRequest> {
    const viewer = requirePerson(this.context.viewer);
    const request = isUuid(id) ? await this.em.findOne(ServiceRequest, { id }, { populate: ['service'] }) : null;
    if (!request || request.applicantId !== viewer.userId) throw new NotFoundError({ id: 'Permohonan', en: 'Request' });
    const record = toRecord(answers);
    const parsed = validate(z.object({ answers: answersSchema(request.formSnapshot) }), { answers: record })
      .answers as Record<string, unknown>;
    await this.checkFiles(
      parsed,
      request.formSnapshot.filter((f) => f.type === 'FILE').map((f) => f.key),
      viewer.userId,
    );
    return this.move(request, 'INCOMPLETE', 'SUBMITTED', viewer.userId, null, (r, now) => {
      r.answers = parsed;
      r.dueAt = new Date(now.getTime() + request.service.slaHours * HOUR_MS);
    });
  }

  /** A staff step: verify, process, complete (issuing the letter), reject or send back. */
  async transition(id: string, to: RequestStatus, rawNote: string | null): Promise<ServiceRequest> {
    const viewer = requirePerson(this.context.viewer);
    if (!isStaff(viewer))
      throw new ForbiddenError({
        id: 'Hanya staf desa yang dapat memproses permohonan',
        en: 'Only village staff can process requests',
      });
    const note = validate(z.object({ note: noteSchema }), { note: rawNote }).note ?? null;
    const request = isUuid(id) ? await this.em.findOne(ServiceRequest, { id }, { populate: ['service'] }) : null;
    if (!request) throw new NotFoundError({ id: 'Permohonan', en: 'Request' });
    checkStaffTransition(request.status, to, note);
    return this.move(request, request.status, to, viewer.userId, note, async (r, now, tx) => {
      if (to !== 'COMPLETED') return;
      r.completedAt = now;
      r.slaMet = now.getTime() <= r.dueAt.getTime();
      if (r.service.isLetter) await issueLetter(tx, r, now);
    });
  }

  /** Locks the row, checks nobody moved it meanwhile, applies the change and writes the event. */
  private async move(
    request: ServiceRequest,
    from: RequestStatus,
    to: RequestStatus,
    actorId: string,
    note: string | null,
    apply: (r: ServiceRequest, now: Date, tx: RequestContext['em']) => void | Promise<void>,
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
      return locked;
    });
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
