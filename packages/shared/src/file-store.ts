import path from 'node:path';
import { z } from 'zod';
import { S3FileStorage } from './file-store-s3.js';
import { LocalFileStorage, type FileStorage } from './storage.js';

/**
 * Where a subgraph that keeps files keeps them. With S3_BUCKET set: that bucket of
 * S3-compatible object storage; otherwise the folder UPLOADS_DIR (the default). Either way a
 * subgraph's files sit under its own prefix (`products/`, `services/`).
 */
export const fileStoreEnvShape = {
  S3_BUCKET: z.string().min(1).optional(),
  /** An S3-compatible server (MinIO, Ceph…); unset for AWS S3. */
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  /** Unset: the AWS SDK's default credential chain (e.g. a workload identity). */
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Path-style URLs (`endpoint/bucket/key`); default: on when S3_ENDPOINT is set. */
  S3_FORCE_PATH_STYLE: z.stringbool().optional(),
};

export interface FileStoreEnv {
  UPLOADS_DIR: string;
  S3_BUCKET?: string;
  S3_ENDPOINT?: string;
  S3_REGION: string;
  S3_ACCESS_KEY_ID?: string;
  S3_SECRET_ACCESS_KEY?: string;
  S3_FORCE_PATH_STYLE?: boolean;
}

/** The store of one subgraph's files: `prefix` is its folder below UPLOADS_DIR, or its key prefix in the bucket. */
export function fileStoreOf(env: FileStoreEnv, prefix: string): FileStorage {
  if (!env.S3_BUCKET) return new LocalFileStorage(path.join(env.UPLOADS_DIR, prefix));
  if (!env.S3_ACCESS_KEY_ID !== !env.S3_SECRET_ACCESS_KEY)
    throw new Error('Invalid configuration:\n  S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: set both or neither');
  return new S3FileStorage({
    bucket: env.S3_BUCKET,
    prefix: `${prefix}/`,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: env.S3_FORCE_PATH_STYLE ?? !!env.S3_ENDPOINT,
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined,
  });
}
