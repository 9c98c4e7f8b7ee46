import { fileStoreOf, type FileStorage, type FileStoreEnv } from '@kampung/shared';

const stores = new WeakMap<FileStoreEnv, FileStorage>();

/** Attachments, post covers and letters: `services/` below UPLOADS_DIR, or in the S3 bucket (one client per env). */
export function servicesFileStorage(env: FileStoreEnv): FileStorage {
  let store = stores.get(env);
  if (!store) stores.set(env, (store = fileStoreOf(env, 'services')));
  return store;
}
