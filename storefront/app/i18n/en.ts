import type { id } from './id';
import { catalogEn } from './messages/catalog.en';
import { commonEn } from './messages/common.en';
import { notificationsEn } from './messages/notifications.en';
import { ordersEn } from './messages/orders.en';
import { oversightEn } from './messages/oversight.en';
import { servicesEn } from './messages/services.en';
import { villageServicesEn } from './messages/village-services.en';

export const en: Record<keyof typeof id, string> = {
  ...commonEn,
  ...catalogEn,
  ...ordersEn,
  ...servicesEn,
  ...oversightEn,
  ...villageServicesEn,
  ...notificationsEn,
};
