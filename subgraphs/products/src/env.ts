import { baseEnvSchema, type RequestContext } from '@kampung/shared';
import { z } from 'zod';

export const productsEnvSchema = baseEnvSchema.extend({
  SELLERS_URL: z.string().url().default('http://127.0.0.1:4002/graphql'),
});

export type ProductsEnv = z.infer<typeof productsEnvSchema>;
export type ProductsContext = RequestContext<ProductsEnv>;
