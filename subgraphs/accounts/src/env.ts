import { baseEnvSchema, type RequestContext } from '@kampung/shared';
import { z } from 'zod';

export const accountsEnvSchema = baseEnvSchema.extend({
  /** The places subgraph: whether a village code names a village of the regency. */
  PLACES_URL: z.string().url().default('http://127.0.0.1:4006/graphql'),
});

export type AccountsEnv = z.infer<typeof accountsEnvSchema>;
export type AccountsContext = RequestContext<AccountsEnv>;
