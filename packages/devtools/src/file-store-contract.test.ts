import { fileStoreOf, type FileStorage } from '@kampung/shared';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server, type LocalS3Server } from './s3-server.js';

/** The shared kit's file store, the same cases against the local folder and a real S3 server (s3rver). */
const read = async (stream: Readable) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
};

let folder: string;
let s3: LocalS3Server;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'file-store-'));
  s3 = await startS3Server({ bucket: 'contract' });
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await s3?.close();
});

const stores: [string, () => FileStorage, (prefix: string) => FileStorage][] = [
  [
    'local folder',
    () => fileStoreOf({ UPLOADS_DIR: folder, S3_REGION: 'us-east-1' }, 'products'),
    (prefix) => fileStoreOf({ UPLOADS_DIR: folder, S3_REGION: 'us-east-1' }, prefix),
  ],
  [
    'S3 (s3rver)',
    () => fileStoreOf({ UPLOADS_DIR: folder, ...s3.env }, 'products'),
    (prefix) => fileStoreOf({ UPLOADS_DIR: folder, ...s3.env }, prefix),
  ],
];

describe.each(stores)('file store: %s', (_name, store, storeWithPrefix) => {
  const photo = Buffer.concat([Buffer.from('RIFF\0\0\0\0WEBPVP8 '), Buffer.alloc(70_000, 7)]);

  it('stores a file and gives back the same bytes, length and type, then deletes it', async () => {
    const files = store();
    const key = `abc${Math.random().toString(36).slice(2)}/640.webp`;
    expect(await files.exists(key)).toBe(false);
    await files.put(key, photo, 'image/webp');
    expect(await files.exists(key)).toBe(true);
    const file = await files.get(key);
    expect(file?.size).toBe(photo.length);
    expect(file?.contentType).toBe('image/webp');
    expect((await read(file!.stream)).equals(photo)).toBe(true);
    await files.delete(key);
    expect(await files.exists(key)).toBe(false);
    expect(await files.get(key)).toBeNull();
    // Deleting again is not an error.
    await files.delete(key);
  });

  it('replaces a file put twice under one key', async () => {
    const files = store();
    await files.put('letters/2026/x.pdf', Buffer.from('%PDF-1 first'), 'application/pdf');
    await files.put('letters/2026/x.pdf', Buffer.from('%PDF-1 second, longer'), 'application/pdf');
    const file = await files.get('letters/2026/x.pdf');
    expect((await read(file!.stream)).toString()).toBe('%PDF-1 second, longer');
    expect(file?.contentType).toBe('application/pdf');
  });

  it('keeps each subgraph to its own prefix', async () => {
    await storeWithPrefix('services').put('covers/own.png', Buffer.from([0x89, 0x50]), 'image/png');
    expect(await storeWithPrefix('services').exists('covers/own.png')).toBe(true);
    expect(await storeWithPrefix('products').exists('covers/own.png')).toBe(false);
    expect(await storeWithPrefix('products').get('covers/own.png')).toBeNull();
  });

  it('answers nothing for keys that are not ours, and refuses to write them', async () => {
    const files = store();
    for (const key of ['../services/covers/own.png', 'a/../../b.png', 'x.html', 'UPPER.png', '']) {
      expect(await files.get(key)).toBeNull();
      expect(await files.exists(key)).toBe(false);
      await expect(files.put(key, Buffer.from('x'), 'image/png')).rejects.toThrow(/not a storage key/);
    }
  });
});

describe('fileStoreOf', () => {
  it('refuses half a pair of S3 credentials', () => {
    expect(() =>
      fileStoreOf({ UPLOADS_DIR: folder, S3_REGION: 'us-east-1', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'only' }, 'x'),
    ).toThrow(/S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/);
  });
});
