import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isStorageKey, LocalFileStorage, sniffFileType } from './storage.js';

const root = await mkdtemp(path.join(tmpdir(), 'storage-'));
afterAll(() => rm(root, { recursive: true, force: true }));

describe('LocalFileStorage', () => {
  it('stores, reads back and deletes a file', async () => {
    const storage = new LocalFileStorage(root);
    await storage.put('products/abc/640.webp', Buffer.from('RIFF0000WEBP'), 'image/webp');
    const file = await storage.get('products/abc/640.webp');
    expect(file?.size).toBe(12);
    expect(file?.contentType).toBe('image/webp');
    file?.stream.destroy();
    await storage.delete('products/abc/640.webp');
    expect(await storage.get('products/abc/640.webp')).toBeNull();
  });

  it('refuses keys that could escape the folder or run as code', async () => {
    for (const key of ['../etc/passwd.jpg', 'a/../../b.png', '/abs.png', 'x.html', 'x.js', 'UPPER.png', 'a//b.png']) {
      expect(isStorageKey(key)).toBe(false);
    }
    await expect(new LocalFileStorage(root).put('../x.png', Buffer.alloc(1), 'image/png')).rejects.toThrow();
    expect(await new LocalFileStorage(root).get('../x.png')).toBeNull();
  });
});

describe('sniffFileType', () => {
  it('knows files by their first bytes, not their names', () => {
    expect(sniffFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffFileType(Buffer.from('RIFF1234WEBPVP8 '))).toBe('image/webp');
    expect(sniffFileType(Buffer.from('%PDF-1.7'))).toBe('application/pdf');
    expect(sniffFileType(Buffer.from('<html><script>'))).toBeNull();
  });
});
