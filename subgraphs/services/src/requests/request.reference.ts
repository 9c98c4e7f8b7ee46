import type { ReferenceResolver } from '@kampung/shared';
import type { ServicesContext } from '../env.js';
import { RequestService } from './request.service.js';

export const resolveServiceRequestReference: ReferenceResolver<ServicesContext> = (reference, context) =>
  new RequestService(context).reading.reference(reference.id);
