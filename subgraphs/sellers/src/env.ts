import { baseEnvSchema, type RequestContext } from '@kampung/shared';
import { z } from 'zod';

export const sellersEnvSchema = baseEnvSchema.extend({
  ACCOUNTS_URL: z.string().url().default('http://127.0.0.1:4001/graphql'),
  PRODUCTS_URL: z.string().url().default('http://127.0.0.1:4003/graphql'),
  PLACES_URL: z.string().url().default('http://127.0.0.1:4006/graphql'),
  /** Where the notification relay hands events (default: notifications' registry port on this host). */
  NOTIFICATIONS_URL: z.string().url().optional(),
  ORDERS_URL: z.string().url().default('http://127.0.0.1:4004/graphql'),
  /** The status outbox relay's safety-net poll; an insert wakes it at once by NOTIFY when it commits (decision 032). */
  STATUS_OUTBOX_POLL_MS: z.coerce.number().int().positive().default(30_000),
});

export type SellersEnv = z.infer<typeof sellersEnvSchema>;
export type SellersContext = RequestContext<SellersEnv>;
