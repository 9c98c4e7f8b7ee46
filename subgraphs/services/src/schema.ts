import { buildFederatedSchema } from '@kampung/shared';
import { resolveServiceReference } from './catalogue/catalogue.reference.js';
import { CatalogueAdminResolver, VillageServiceResolver } from './catalogue/catalogue.admin.resolver.js';
import { ServiceCategoryResolver, ServiceResolver } from './catalogue/catalogue.resolver.js';
import { ComplaintResolver } from './complaints/complaint.resolver.js';
import { EscalationSettingsResolver } from './escalation/escalation-settings.resolver.js';
import { PostResolver } from './posts/post.resolver.js';
import { TrainingResolver } from './training/training.resolver.js';
import { FeedbackResolver } from './feedback/survey.resolver.js';
import { LetterResolver } from './letters/letter.resolver.js';
import { OversightResolver } from './oversight/oversight.resolver.js';
import { resolveServiceRequestReference } from './requests/request.reference.js';
import { ServiceRequestResolver } from './requests/request.resolver.js';
import { DashboardResolver } from './staff/dashboard.resolver.js';
import { resolveUserReference } from './users/user.reference.js';
import { UserServiceRequestsResolver } from './users/user.resolver.js';

export const buildServicesSchema = () =>
  buildFederatedSchema({
    resolvers: [
      ServiceCategoryResolver,
      ServiceResolver,
      CatalogueAdminResolver,
      VillageServiceResolver,
      ServiceRequestResolver,
      FeedbackResolver,
      LetterResolver,
      DashboardResolver,
      ComplaintResolver,
      PostResolver,
      TrainingResolver,
      OversightResolver,
      UserServiceRequestsResolver,
      EscalationSettingsResolver,
    ],
    referenceResolvers: {
      Service: resolveServiceReference,
      ServiceRequest: resolveServiceRequestReference,
      User: resolveUserReference,
    },
  });
