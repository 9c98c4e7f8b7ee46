import { baseEnvSchema, type RequestContext } from '@kampung/shared';
import path from 'node:path';
import { z } from 'zod';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

/** The services subgraph's settings, parsed once at start-up: where files live, and the village's letterhead. */
export const servicesEnvSchema = baseEnvSchema.extend({
  /** Base folder for uploads, shared with products; services keeps its files in `services/` below it. */
  UPLOADS_DIR: z
    .string()
    .min(1)
    .default(path.join(repoRoot, '.data', 'uploads')),
  /** Base of the public verification links printed on letters. */
  STOREFRONT_URL: z.string().url().default('http://localhost:3000'),
  VILLAGE_NAME: z.string().default('Sembulung'),
  DISTRICT_NAME: z.string().default('Cluring'),
  VILLAGE_HEAD: z.string().default('Mohammad Arifin'),
  /** Office code inside letter numbers: 470/0001/<code>/2026. */
  LETTER_OFFICE_CODE: z.string().default('429.501.01'),
});

export type ServicesEnv = z.infer<typeof servicesEnvSchema>;
/** What every resolver and service of this subgraph receives. */
export type ServicesContext = RequestContext<ServicesEnv>;
