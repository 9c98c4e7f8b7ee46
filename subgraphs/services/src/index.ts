import {
  NotificationFanout,
  NotificationOutbox,
  startNotificationFanout,
  startNotificationRelay,
  type SubgraphDefinition,
} from '@kampung/shared';
import { ServiceCategory } from './catalogue/service-category.entity.js';
import { Service } from './catalogue/service.entity.js';
import { VillageService } from './catalogue/village-service.entity.js';
import { Complaint } from './complaints/complaint.entity.js';
import { servicesEnvSchema, type ServicesEnv } from './env.js';
import { Post } from './posts/post.entity.js';
import { Course, CourseModule, Enrolment, ModuleProgress } from './training/training.entities.js';
import { SatisfactionSurvey } from './feedback/survey.entity.js';
import { OversightMinutes } from './oversight/oversight-minutes.entity.js';
import { OversightMonthly } from './oversight/oversight-monthly.entity.js';
import { fileRoutes } from './files/files.routes.js';
import { Upload } from './files/upload.entity.js';
import { LetterSequence } from './letters/letter-sequence.entity.js';
import { Letter } from './letters/letter.entity.js';
import { EscalationSettings } from './escalation/escalation-settings.entity.js';
import { StaffAlert } from './escalation/staff-alert.entity.js';
import { staffAudiences, startStaffAlerts } from './escalation/staff-alerts.js';
import { migrations } from './migrations/index.js';
import { PersonalDataAccess } from './privacy/personal-data-access.entity.js';
import { ServiceRequestEvent } from './requests/service-request-event.entity.js';
import { ServiceRequest } from './requests/service-request.entity.js';
import { buildServicesSchema } from './schema.js';

export const subgraph: SubgraphDefinition<ServicesEnv> = {
  name: 'services',
  defaultPort: 4005,
  envSchema: servicesEnvSchema,
  entities: [
    ServiceCategory,
    Service,
    VillageService,
    ServiceRequest,
    ServiceRequestEvent,
    Upload,
    Letter,
    LetterSequence,
    SatisfactionSurvey,
    PersonalDataAccess,
    Complaint,
    Post,
    Course,
    CourseModule,
    Enrolment,
    ModuleProgress,
    OversightMonthly,
    OversightMinutes,
    NotificationOutbox,
    NotificationFanout,
    StaffAlert,
    EscalationSettings,
  ],
  migrations,
  schema: buildServicesSchema,
  routes: fileRoutes,
  // Notification events (decision 028) reach the notifications subgraph through the relay; staff
  // reminders are checked on a timer and expanded per staff member (decision 031).
  onStart: async (services) => {
    const stopRelay = startNotificationRelay({ ...services, subgraph: 'services' });
    const stopFanout = startNotificationFanout({
      ...services,
      subgraph: 'services',
      resolve: staffAudiences(services.env),
    });
    const stopAlerts = startStaffAlerts(services);
    return async () => {
      await stopAlerts();
      await stopFanout();
      await stopRelay();
    };
  },
};

export {
  Service,
  VillageService,
  ServiceCategory,
  ServiceRequest,
  ServiceRequestEvent,
  Upload,
  Letter,
  SatisfactionSurvey,
  PersonalDataAccess,
  Complaint,
};
export { Post, Course, CourseModule, Enrolment, ModuleProgress };
export { RequestService } from './requests/request.service.js';
export type { FormField } from './catalogue/form-field.js';
export type { SubmitRequestInput } from './requests/request.validation.js';
