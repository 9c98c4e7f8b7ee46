import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
// s3rver ships no types; its constructor, run() and close() are all this uses.
// @ts-expect-error -- untyped CommonJS module
import S3rver from 's3rver';

export interface LocalS3Server {
  /** http://127.0.0.1:<port>, for S3_ENDPOINT (path-style addressing). */
  endpoint: string;
  bucket: string;
  /** s3rver's fixed credentials (S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY). */
  accessKeyId: string;
  secretAccessKey: string;
  /** The variables a subgraph needs to store its files in this server's bucket. */
  env: Record<'S3_BUCKET' | 'S3_ENDPOINT' | 'S3_REGION' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY', string>;
  /** Where s3rver keeps the objects (removed by close). */
  directory: string;
  close: () => Promise<void>;
}

interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}

/** A real S3-compatible HTTP server (s3rver) on loopback with one empty bucket, for tests. */
export async function startS3Server(options: { bucket?: string } = {}): Promise<LocalS3Server> {
  const bucket = options.bucket ?? 'kampung-files';
  const directory = await mkdtemp(path.join(tmpdir(), 's3rver-'));
  const server = new (S3rver as new (options: object) => S3rverInstance)({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const address = await server.run();
  const endpoint = `http://127.0.0.1:${address.port}`;
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  return {
    endpoint,
    bucket,
    ...credentials,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    },
    directory,
    close: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
