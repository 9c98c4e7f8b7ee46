import { baseEnvSchema, LocalFileStorage } from '@kampung/shared';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The services subgraph's settings: where files live, and the letterhead of the village. */
export const servicesEnvSchema = baseEnvSchema.extend({
  /** Base folder for uploads, shared with products; services keeps its files in `services/` below it. */
  UPLOADS_DIR: z.string().default(path.join(repoRoot, '.data/uploads')),
  /** Base of the public verification links printed on letters. */
  STOREFRONT_URL: z.string().url().default('http://localhost:3000'),
  VILLAGE_NAME: z.string().default('Sembulung'),
  DISTRICT_NAME: z.string().default('Cluring'),
  VILLAGE_HEAD: z.string().default('Mohammad Arifin'),
  /** Office code inside letter numbers: 470/0001/<code>/2026. */
  LETTER_OFFICE_CODE: z.string().default('429.501.01'),
});

export type ServicesEnv = z.infer<typeof servicesEnvSchema>;

/** Read lazily from the environment, so tests can point UPLOADS_DIR elsewhere first. */
export function servicesEnv(): ServicesEnv {
  return servicesEnvSchema.parse(process.env);
}

let storage: LocalFileStorage | undefined;
export function fileStorage(): LocalFileStorage {
  return (storage ??= new LocalFileStorage(path.join(servicesEnv().UPLOADS_DIR, 'services')));
}

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
