import type { Readable } from 'node:stream';
import type { TFileLink } from '@shared/schemas/files';
import { API_PREFIX } from '@shared/api';
import type { Actor } from '../../domain/actor';
import { StorageNotFound } from '../../adapters/storage/storage.port';
import { errors } from '../../errors';
import { authoriseFileRead, loadFileForRead, type ReadMeta } from './authorise-file-read';
import { signFileLink, verifyFileLink } from './file-links';
import type { FileDeps } from './upload-file';

export interface FileContent {
  stream: Readable;
  mime: string;
  size: number;
  name: string;
}

/**
 * A signed link for a file the actor may read (checked and, for staff, audited now: the link is the grant).
 * Same-origin path so it works behind any reverse proxy.
 */
export async function createFileLink(deps: FileDeps & { linkKey: Buffer }, actor: Actor, fileId: string, meta: ReadMeta, nowMs = Date.now()): Promise<TFileLink> {
  const f = await loadFileForRead(deps.db, fileId);
  await authoriseFileRead(deps.db, actor, f, meta);
  const { exp, sig } = signFileLink(deps.linkKey, f.id, nowMs);
  return { url: `${API_PREFIX}/files/${f.id}/content?exp=${exp}&sig=${sig}`, expiresAt: new Date(exp * 1000).toISOString() };
}

/**
 * The bytes of a file: through a valid signed link (no headers needed), or for an actor allowed to read it.
 * A bad or expired signature is 403 whoever asks, so a tampered link never falls back to something else.
 */
export async function readFileContent(
  deps: FileDeps & { linkKey: Buffer },
  actor: Actor,
  fileId: string,
  link: { exp?: number | undefined; sig?: string | undefined },
  meta: ReadMeta,
  nowMs = Date.now(),
): Promise<FileContent> {
  const f = await loadFileForRead(deps.db, fileId);
  if (link.sig !== undefined || link.exp !== undefined) {
    if (link.sig === undefined || link.exp === undefined || !verifyFileLink(deps.linkKey, f.id, link.exp, link.sig, nowMs)) {
      throw errors.forbidden('链接已过期或无效，请返回重新打开');
    }
  } else {
    await authoriseFileRead(deps.db, actor, f, meta);
  }
  const stream = await deps.storage.get(f.storageKey).catch((err: unknown) => {
    if (err instanceof StorageNotFound) throw errors.notFound('文件内容已丢失，请重新上传');
    throw err;
  });
  return { stream, mime: f.mime, size: f.size, name: f.originalName ?? 'file' };
}
