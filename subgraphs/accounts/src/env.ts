import { baseEnvSchema, type RequestContext } from '@kampung/shared';
import { z } from 'zod';

export const accountsEnvSchema = baseEnvSchema.extend({
  /** The places subgraph: whether a village code names a village of the regency. */
  PLACES_URL: z.string().url().default('http://127.0.0.1:4006/graphql'),
  /** Links in account messages (password reset, contact change) point here. */
  STOREFRONT_URL: z.string().url().default('http://127.0.0.1:3000'),
  /** Where the outbox relay hands account events (default: notifications' registry port on this host). */
  NOTIFICATIONS_URL: z.string().url().optional(),
});

export type AccountsEnv = z.infer<typeof accountsEnvSchema>;
export type AccountsContext = RequestContext<AccountsEnv>;
