import {
  fileStoreOf,
  NotificationOutbox,
  startNotificationRelay,
  type SubgraphDefinition,
  type SubgraphServices,
} from '@kampung/shared';
import { Category } from './categories/category.entity.js';
import { productsEnvSchema, type ProductsEnv } from './env.js';
import { migrations } from './migrations/index.js';
import { ProductPhoto } from './photos/photo.entity.js';
import { photoRoutes } from './photos/photo.routes.js';
import { Product } from './products/product.entity.js';
import { buildProductsSchema } from './schema.js';
import { startOutboxJob } from './search/outbox-job.js';
import { MeiliSearchIndex } from './search/meili-search.js';
import { SellerStatus } from './seller-status/seller-status.entity.js';
import { StockAdjustment } from './stock/stock-adjustment.entity.js';
import { StockReservation } from './reservations/reservation.entity.js';
import { ProductVariant } from './variants/variant.entity.js';

export const subgraph: SubgraphDefinition<ProductsEnv> = {
  name: 'products',
  defaultPort: 4003,
  envSchema: productsEnvSchema,
  entities: [
    Category,
    Product,
    ProductVariant,
    SellerStatus,
    StockAdjustment,
    ProductPhoto,
    StockReservation,
    NotificationOutbox,
  ],
  migrations,
  schema: buildProductsSchema,
  // Photos live in `products/` below the uploads folder (or bucket) that services shares: neither can serve the other's files.
  routes: (services) => photoRoutes(services, fileStoreOf(services.env, 'products')),
  // `shop.stock_low` reaches the notifications subgraph through the relay (decision 031).
  onStart: async (services) => {
    const stopRelay = startNotificationRelay({ ...services, subgraph: 'products' });
    const stopSearch = await startSearchOutbox(services);
    return async () => {
      await stopSearch?.();
      await stopRelay();
    };
  },
};

/** With Meilisearch, committed changes reach the index through the outbox. */
async function startSearchOutbox(services: SubgraphServices<ProductsEnv>): Promise<(() => Promise<void>) | void> {
  if (!services.env.MEILI_HOST) return;
  const index = new MeiliSearchIndex(services.env.MEILI_HOST, services.env.MEILI_API_KEY, services.env.MEILI_INDEX);
  try {
    await index.configure();
    // A new, empty index (first start, or Meilisearch lost its data): queue every product.
    if ((await index.documentCount()) === 0)
      await services.orm.em
        .fork()
        .execute('insert into products.search_outbox (product_id) select id from products.products');
  } catch (error) {
    services.logger.warn(
      { err: error },
      'meilisearch not reachable yet; the outbox will retry (run npm run search:reindex to fill it)',
    );
  }
  return startOutboxJob(services, index);
}

export { Category, Product, ProductVariant, SellerStatus };
export { ProductService } from './products/product.service.js';
// For bench/search.ts: the PostgreSQL search adapter measured on its own.
export { PostgresSearchIndex } from './search/postgres-search.js';
export type { SearchQuery } from './search/search-index.js';
