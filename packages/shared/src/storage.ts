import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/** Where uploaded files live: a local folder by default, S3-compatible object storage when configured (file-store.ts). */
export interface FileStorage {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** null when there is no such file. */
  get(key: string): Promise<{ stream: Readable; size: number; contentType: string } | null>;
  /** Removing a file that is not there is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

const KEY = /^[a-z0-9][a-z0-9/_-]{0,200}\.(jpg|jpeg|png|webp|pdf)$/;
const TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
};

/** The content type a key's extension stands for. */
export const contentTypeOfKey = (key: string): string =>
  TYPES[path.extname(key).slice(1)] ?? 'application/octet-stream';

/** Keys are ours, never a client's file name: lower-case path segments and a known extension. */
export function isStorageKey(key: string): boolean {
  return KEY.test(key) && !key.includes('..') && !key.includes('//');
}

/** The key in a request path after `/files/`: percent-decoded, or '' (never a key) when the encoding is malformed. */
export function storageKeyFromPath(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return '';
  }
}

/** Files under one folder; a key can never point outside it. */
export class LocalFileStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    if (!isStorageKey(key)) throw new Error(`not a storage key: ${key}`);
    const full = path.resolve(this.root, key);
    if (!full.startsWith(path.resolve(this.root) + path.sep)) throw new Error(`key escapes the storage folder: ${key}`);
    return full;
  }

  async put(key: string, data: Buffer, _contentType?: string): Promise<void> {
    const full = this.pathOf(key);
    await mkdir(path.dirname(full), { recursive: true });
    const temporary = `${full}.${process.pid}.tmp`;
    await writeFile(temporary, data);
    await rename(temporary, full);
  }

  async get(key: string) {
    if (!isStorageKey(key)) return null;
    const full = this.pathOf(key);
    const info = await stat(full).catch(() => null);
    if (!info?.isFile()) return null;
    return {
      stream: createReadStream(full),
      size: info.size,
      contentType: contentTypeOfKey(key),
    };
  }

  async exists(key: string): Promise<boolean> {
    if (!isStorageKey(key)) return false;
    return (await stat(this.pathOf(key)).catch(() => null))?.isFile() ?? false;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

/** The real type of an uploaded file from its first bytes; the name and the declared type are not trusted. */
export function sniffFileType(data: Buffer): 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf' | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (
    data.length >= 12 &&
    data.subarray(0, 4).toString('latin1') === 'RIFF' &&
    data.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  if (data.length >= 5 && data.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}
