import type { ReferenceResolver } from '@kampung/shared';
import { ServiceRequestService } from './request.service.js';

export const resolveServiceRequestReference: ReferenceResolver = (reference, context) =>
  new ServiceRequestService(context).reference(reference.id);
