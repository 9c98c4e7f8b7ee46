import { buildFederatedSchema } from '@kampung/shared';
import { NotificationResolver } from './notification.resolver.js';

export const buildNotificationsSchema = () => buildFederatedSchema({ resolvers: [NotificationResolver] });
