import { LocalFileStorage } from '@kampung/shared';
import path from 'node:path';
import type { ServicesEnv } from '../env.js';

/** Attachments, post covers and letters: `services/` below UPLOADS_DIR. */
export const servicesFileStorage = (env: Pick<ServicesEnv, 'UPLOADS_DIR'>): LocalFileStorage =>
  new LocalFileStorage(path.join(env.UPLOADS_DIR, 'services'));
