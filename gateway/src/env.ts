import { baseEnvSchema, parseEnv } from '@kampung/shared';
import { z } from 'zod';

export const gatewayEnvSchema = baseEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  MAX_ALIASES: z.coerce.number().int().min(1).max(1000).default(30),
  SUPERGRAPH_PATH: z.string().optional(),
  ACCOUNTS_URL: z.string().url().optional(),
  SELLERS_URL: z.string().url().optional(),
  PRODUCTS_URL: z.string().url().optional(),
  ORDERS_URL: z.string().url().optional(),
  SERVICES_URL: z.string().url().optional(),
});

export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

export const loadGatewayEnv = (source: NodeJS.ProcessEnv = process.env): GatewayEnv =>
  parseEnv(gatewayEnvSchema, { ...source, PORT: source.GATEWAY_PORT ?? source.PORT });
