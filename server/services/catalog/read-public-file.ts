import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/client';
import { errors } from '../../errors';

/** Purposes anyone may download: blank forms and samples. Citizens' materials and results are never public. */
const PUBLIC_PURPOSES = ['BLANK_FORM', 'SAMPLE'] as const;

const SEED_DOCUMENTS_DIR = path.resolve(__dirname, '../../../prisma/seed/documents');

/**
 * A public catalogue document (GET /files/:id): bytes from DATA_DIR/files, never outside it. A seeded document
 * missing on disk (a fresh DATA_DIR) is restored from the committed seed copy when its hash still matches.
 */
export async function readPublicFile(db: Db, dataDir: string, id: string): Promise<{ data: Buffer; mime: string; name: string }> {
  const notFound = () => errors.notFound('文件不存在或已更新，请返回办事指南重新打开。');
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound();
  const f = await db.storedFile.findUnique({ where: { id } });
  if (!f || f.deletedAt || !(PUBLIC_PURPOSES as readonly string[]).includes(f.purpose)) throw notFound();
  const root = path.resolve(dataDir, 'files');
  const file = path.resolve(root, f.storageKey);
  if (!file.startsWith(root + path.sep)) throw notFound();
  let data: Buffer;
  try {
    data = await fs.promises.readFile(file);
  } catch {
    data = await restoreSeedDocument(f.storageKey, f.sha256, file).catch(() => {
      throw notFound();
    });
  }
  return { data, mime: f.mime, name: f.originalName ?? 'document' };
}

async function restoreSeedDocument(storageKey: string, sha256: string, target: string): Promise<Buffer> {
  const m = /^catalog-docs\/(.+)-[0-9a-f]{16}\.(pdf)$/.exec(storageKey);
  if (!m) throw new Error('not a seed document');
  const data = await fs.promises.readFile(path.join(SEED_DOCUMENTS_DIR, `${m[1]}.${m[2]}`));
  if (createHash('sha256').update(data).digest('hex') !== sha256) throw new Error('seed document changed');
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  await fs.promises.writeFile(target, data);
  return data;
}
