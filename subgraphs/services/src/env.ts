import { baseEnvSchema, fileStoreEnvShape, type RequestContext } from '@kampung/shared';
import path from 'node:path';
import { z } from 'zod';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

/**
 * The services subgraph's settings, parsed once at start-up: where files live, and where the
 * places subgraph answers (village offices, their letterheads and opening hours, the holidays).
 */
export const servicesEnvSchema = baseEnvSchema.extend({
  /** Base folder for uploads, shared with products; services keeps its files in `services/` below it. */
  UPLOADS_DIR: z
    .string()
    .min(1)
    .default(path.join(repoRoot, '.data', 'uploads')),
  /** S3-compatible object storage instead of UPLOADS_DIR when S3_BUCKET is set. */
  ...fileStoreEnvShape,
  /** Base of the public verification links printed on letters. */
  STOREFRONT_URL: z.string().url().default('http://localhost:3000'),
  /** The places subgraph: village offices (letterhead, head, letter code, opening hours) and holidays. */
  PLACES_URL: z.string().url().default('http://127.0.0.1:4006/graphql'),
  /** The accounts subgraph: who holds office in a village or district (staff reminders, escalation). */
  ACCOUNTS_URL: z.string().url().default('http://127.0.0.1:4001/graphql'),
  /** How often the staff reminders and complaint escalation are checked (decision 031). */
  JOB_INTERVAL_MS: z.coerce.number().int().min(100).default(30_000),
  /** Where the notification relay hands events (default: notifications' registry port on this host). */
  NOTIFICATIONS_URL: z.string().url().optional(),
});

export type ServicesEnv = z.infer<typeof servicesEnvSchema>;
/** What every resolver and service of this subgraph receives. */
export type ServicesContext = RequestContext<ServicesEnv>;
