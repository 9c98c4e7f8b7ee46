import type { SubgraphDefinition } from '@kampung/shared';
import { ServiceCategory } from './catalogue/service-category.entity.js';
import { Service } from './catalogue/service.entity.js';
import { migrations } from './migrations/index.js';
import { ServiceRequestEvent } from './requests/service-request-event.entity.js';
import { ServiceRequest } from './requests/service-request.entity.js';
import { buildServicesSchema } from './schema.js';

export const subgraph: SubgraphDefinition = {
  name: 'services',
  defaultPort: 4005,
  entities: [ServiceCategory, Service, ServiceRequest, ServiceRequestEvent],
  migrations,
  schema: buildServicesSchema,
};

export { Service, ServiceCategory, ServiceRequest, ServiceRequestEvent };
export { ServiceRequestService } from './requests/request.service.js';
export type { FormField } from './catalogue/form-field.js';
export type { SubmitRequestInput } from './requests/request.validation.js';
