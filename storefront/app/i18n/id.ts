import { catalogId } from './messages/catalog.id';
import { commonId } from './messages/common.id';
import { notificationsId } from './messages/notifications.id';
import { ordersId } from './messages/orders.id';
import { oversightId } from './messages/oversight.id';
import { servicesId } from './messages/services.id';
import { villageServicesId } from './messages/village-services.id';

/** Indonesian, the default: every key of the app. One module per area, merged here. */
export const id = {
  ...commonId,
  ...catalogId,
  ...ordersId,
  ...servicesId,
  ...oversightId,
  ...villageServicesId,
  ...notificationsId,
};
