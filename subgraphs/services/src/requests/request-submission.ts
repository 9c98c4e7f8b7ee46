import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { NotFoundError, validate, type RequestContext } from '@kampung/shared';
import { z } from 'zod';
import { Service } from '../catalogue/service.entity.js';
import { answersSchema, submitSchema, type SubmitRequestInput } from './request.validation.js';
import { ServiceRequestEvent } from './service-request-event.entity.js';
import { ServiceRequest } from './service-request.entity.js';
import { newTrackingCode } from './tracking-code.js';

type EntityManager = RequestContext['em'];

const CODE_ATTEMPTS = 3;
const HOUR_MS = 3_600_000;

/**
 * Files an application for an active service: answers checked against its form, the form
 * kept as it is now, due `slaHours` after submission, and a first SUBMITTED event.
 */
export async function submitRequest(em: EntityManager, input: SubmitRequestInput): Promise<ServiceRequest> {
  const data = validate(submitSchema, input);
  const service = await em.findOne(Service, { id: data.serviceId, active: true });
  if (!service) throw new NotFoundError({ id: 'Layanan', en: 'Service' });
  const { answers } = validate(z.object({ answers: answersSchema(service.formFields) }), { answers: data.answers });
  for (let attempt = 1; ; attempt++) {
    try {
      return await em.transactional((tx) => {
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
        return request;
      });
    } catch (error) {
      const codeTaken =
        error instanceof UniqueConstraintViolationException &&
        error.message.includes('service_requests_tracking_code_unique');
      if (!codeTaken || attempt >= CODE_ATTEMPTS) throw error;
    }
  }
}
