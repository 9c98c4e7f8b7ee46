import type { SubgraphDefinition } from '@kampung/shared';
import { AccountsClient } from './clients/accounts.client.js';
import { Delivery } from './deliveries/delivery.entity.js';
import { notificationsEnvSchema, type NotificationsEnv } from './env.js';
import { NotificationEventRecord } from './events/event.entity.js';
import { InboxItem } from './inbox/inbox-item.entity.js';
import { migrations } from './migrations/index.js';
import { Preference } from './preferences/preference.entity.js';
import { setRuntime } from './runtime.js';
import { buildNotificationsSchema } from './schema.js';
import { createAdapters } from './sending/adapters.js';
import { DeliveryQueue } from './sending/delivery-queue.js';
import { webhookRoutes } from './webhooks/webhooks.routes.js';

const SWEEP_MS = 60_000;

export const subgraph: SubgraphDefinition<NotificationsEnv> = {
  name: 'notifications',
  defaultPort: 4007,
  envSchema: notificationsEnvSchema,
  entities: [NotificationEventRecord, InboxItem, Delivery, Preference],
  migrations,
  schema: buildNotificationsSchema,
  routes: (services) => webhookRoutes(services),
  onStart: async (services) => {
    const adapters = createAdapters(services.env);
    const queue = await DeliveryQueue.start(services.env, services.logger, adapters, () => services.orm.em.fork());
    setRuntime(services.env, { accounts: new AccountsClient(services.env), adapters, queue });
    const sweep = () =>
      queue
        .sweep(services.orm.em.fork())
        .catch((error) => services.logger.warn({ err: error }, 'delivery sweep failed'));
    const timer = setInterval(() => void sweep(), SWEEP_MS);
    timer.unref();
    return async () => {
      clearInterval(timer);
      await queue.stop();
      for (const adapter of Object.values(adapters)) adapter.close?.();
      setRuntime(services.env, null);
    };
  },
};

export { Delivery, InboxItem, NotificationEventRecord, Preference };
