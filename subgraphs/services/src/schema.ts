import { buildFederatedSchema } from '@kampung/shared';
import { resolveServiceReference } from './catalogue/catalogue.reference.js';
import { ServiceCategoryResolver, ServiceResolver } from './catalogue/catalogue.resolver.js';
import { resolveServiceRequestReference } from './requests/request.reference.js';
import { ServiceRequestResolver } from './requests/request.resolver.js';
import { resolveUserReference } from './users/user.reference.js';
import { UserServiceRequestsResolver } from './users/user.resolver.js';

export const buildServicesSchema = () =>
  buildFederatedSchema({
    resolvers: [ServiceCategoryResolver, ServiceResolver, ServiceRequestResolver, UserServiceRequestsResolver],
    referenceResolvers: { Service: resolveServiceReference, ServiceRequest: resolveServiceRequestReference, User: resolveUserReference },
  });
