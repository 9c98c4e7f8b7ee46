import { baseEnvSchema, fileStoreEnvShape, type RequestContext } from '@kampung/shared';
import path from 'node:path';
import { z } from 'zod';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

export const productsEnvSchema = baseEnvSchema.extend({
  UPLOADS_DIR: z
    .string()
    .min(1)
    .default(path.join(repoRoot, '.data', 'uploads')),
  /** S3-compatible object storage instead of UPLOADS_DIR when S3_BUCKET is set. */
  ...fileStoreEnvShape,
  /** Where the notification relay hands `shop.stock_low` (default: notifications' registry port on this host). */
  NOTIFICATIONS_URL: z.string().url().optional(),
  /** Meilisearch instead of PostgreSQL search when set. */
  MEILI_HOST: z.string().url().optional(),
  MEILI_API_KEY: z.string().optional(),
  MEILI_INDEX: z.string().default('products'),
});

export type ProductsEnv = z.infer<typeof productsEnvSchema>;
export type ProductsContext = RequestContext<ProductsEnv>;
