import {
  NotificationFanout,
  NotificationOutbox,
  startNotificationFanout,
  startNotificationRelay,
  type SubgraphDefinition,
} from '@kampung/shared';
import { shopOwnerAudiences } from './clients/sellers.client.js';
import { Cart, CartLine } from './carts/cart.entity.js';
import { ordersEnvSchema, type OrdersEnv } from './env.js';
import { startOrderJobs } from './jobs/order-jobs.js';
import { migrations } from './migrations/index.js';
import { OrderEvent } from './orders/order-event.entity.js';
import { OrderLine } from './orders/order-line.entity.js';
import { Order } from './orders/order.entity.js';
import { SellerOrder } from './orders/seller-order.entity.js';
import { midtransNotificationRoute } from './payments/notification.route.js';
import { Payment, PaymentNotification } from './payments/payment.entity.js';
import { Review } from './reviews/review.entity.js';
import { buildOrdersSchema } from './schema.js';

export const subgraph: SubgraphDefinition<OrdersEnv> = {
  name: 'orders',
  defaultPort: 4004,
  envSchema: ordersEnvSchema,
  entities: [
    Order,
    SellerOrder,
    OrderLine,
    OrderEvent,
    Cart,
    CartLine,
    Payment,
    PaymentNotification,
    Review,
    NotificationOutbox,
    NotificationFanout,
  ],
  migrations,
  schema: buildOrdersSchema,
  routes: (services) => ({ 'POST /payments/midtrans/notification': midtransNotificationRoute(services) }),
  // Notification events (decision 028) reach the notifications subgraph through the relay.
  onStart: async (services) => {
    const stopJobs = startOrderJobs(services);
    const stopRelay = startNotificationRelay({ ...services, subgraph: 'orders' });
    // Shop events wait in notification_fanout until sellers names the owner (decision 031).
    const stopFanout = startNotificationFanout({
      ...services,
      subgraph: 'orders',
      resolve: shopOwnerAudiences(services.env),
    });
    return async () => {
      await stopFanout();
      await stopRelay();
      await stopJobs();
    };
  },
};

export { Cart, CartLine, Order, OrderEvent, OrderLine, Payment, PaymentNotification, Review, SellerOrder };
export { OrderService } from './orders/order.service.js';
export type { PlaceOrderInput, ShippingAddress } from './orders/order.validation.js';
