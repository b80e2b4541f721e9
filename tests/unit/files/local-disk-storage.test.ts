import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { LocalDiskStorage } from '../../../server/adapters/storage/local-disk.storage';
import { StorageNotFound } from '../../../server/adapters/storage/storage.port';

let root: string;
let storage: LocalDiskStorage;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'onetrip-storage-'));
  storage = new LocalDiskStorage(path.join(root, 'files'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('LocalDiskStorage', () => {
  it('puts, streams, reports and deletes objects under its root, leaving no temporary files', async () => {
    await storage.put('uploads/2026/11/abc.pdf', Buffer.from('%PDF-1.4'));
    expect(await storage.exists('uploads/2026/11/abc.pdf')).toBe(true);
    expect(await text(await storage.get('uploads/2026/11/abc.pdf'))).toBe('%PDF-1.4');
    expect(fs.readdirSync(path.join(root, 'files', 'uploads', '2026', '11'))).toEqual(['abc.pdf']);
    await storage.delete('uploads/2026/11/abc.pdf');
    await storage.delete('uploads/2026/11/abc.pdf'); // idempotent
    expect(await storage.exists('uploads/2026/11/abc.pdf')).toBe(false);
    await expect(storage.get('uploads/2026/11/abc.pdf')).rejects.toBeInstanceOf(StorageNotFound);
  });

  it('refuses keys that are not the server\'s own shape: traversal, absolute paths, stray dots', async () => {
    for (const key of ['../escape.pdf', 'uploads/../../escape.pdf', '/etc/passwd', 'uploads//x.pdf', 'x.PDF.exe', 'a/.hidden', 'a\\b.pdf', '']) {
      await expect(storage.put(key, Buffer.from('x'))).rejects.toThrow(/invalid storage key/);
      await expect(storage.exists(key)).rejects.toThrow(/invalid storage key/);
    }
    expect(fs.existsSync(path.join(root, 'escape.pdf'))).toBe(false);
  });
});
