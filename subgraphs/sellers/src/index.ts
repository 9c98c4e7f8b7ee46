import type { SubgraphDefinition } from '@kampung/shared';
import { sellersEnvSchema, type SellersEnv } from './env.js';
import { migrations } from './migrations/index.js';
import { buildSellersSchema } from './schema.js';
import { Seller } from './sellers/seller.entity.js';

export const subgraph: SubgraphDefinition<SellersEnv> = {
  name: 'sellers',
  defaultPort: 4002,
  envSchema: sellersEnvSchema,
  entities: [Seller],
  migrations,
  schema: buildSellersSchema,
};

export { Seller };
export { SellerService } from './sellers/seller.service.js';
export { whatsappSchema } from './sellers/seller.validation.js';
