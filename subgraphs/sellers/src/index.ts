import { NotificationOutbox, startNotificationRelay, type SubgraphDefinition } from '@kampung/shared';
import { sellersEnvSchema, type SellersEnv } from './env.js';
import { migrations } from './migrations/index.js';
import { buildSellersSchema } from './schema.js';
import { Seller } from './sellers/seller.entity.js';
import { StatusOutbox } from './status-outbox/status-outbox.entity.js';
import { startStatusOutboxJob } from './status-outbox/status-outbox.js';

export const subgraph: SubgraphDefinition<SellersEnv> = {
  name: 'sellers',
  defaultPort: 4002,
  envSchema: sellersEnvSchema,
  entities: [Seller, StatusOutbox, NotificationOutbox],
  migrations,
  schema: buildSellersSchema,
  // Every status change reaches products through the outbox, after the change commits.
  // Notification events (decision 028) reach the notifications subgraph through the relay.
  onStart: async (services) => {
    const stopStatus = startStatusOutboxJob(services);
    const stopRelay = startNotificationRelay({ ...services, subgraph: 'sellers' });
    return async () => {
      await stopRelay();
      await stopStatus();
    };
  },
};

export { Seller };
export { SellerService } from './sellers/seller.service.js';
export { whatsappSchema } from './sellers/seller.validation.js';
