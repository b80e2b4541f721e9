import { createHash, randomUUID } from 'node:crypto';
import type { TFilePurpose, TStoredFile } from '@shared/schemas/files';
import type { Db } from '../../db/client';
import { countPdfPages, isImage, pdfHasActiveContent, sanitiseDisplayName, sniffType } from '../../domain/files/sniff';
import type { StoragePort } from '../../adapters/storage/storage.port';
import { AppError, errors } from '../../errors';
import type { FileLimits } from './file-limits';
import { presentStoredFile } from '../../presenters/stored-file.presenter';

export type Uploader = { kind: 'citizen'; userId: string } | { kind: 'staff'; staffId: string };

export interface UploadInput {
  /** Client-chosen id of this upload (Idempotency-Key): the same id again returns the same file. */
  uploadId: string;
  purpose: TFilePurpose;
  /** Name the client gave; display metadata only. */
  name: string | undefined;
  data: Buffer;
}

export interface FileDeps {
  db: Db;
  storage: StoragePort;
  limits: FileLimits;
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** Check the bytes: a real photo or PDF within the limits. Returns the sniffed type and page count. */
function inspect(data: Buffer, limits: FileLimits) {
  if (data.length === 0) throw errors.badRequest('文件是空的（0 字节），请重新选择');
  const type = sniffType(data);
  if (!type) throw new AppError('UNSUPPORTED_MEDIA_TYPE', '只能上传 JPG、PNG、WebP、HEIC 图片或 PDF 文件（按文件内容识别，改扩展名无效）');
  const max = isImage(type) ? limits.maxImageBytes : limits.maxPdfBytes;
  if (data.length > max) throw new AppError('PAYLOAD_TOO_LARGE', `${isImage(type) ? '图片' : 'PDF'}不能超过 ${mb(max)}`);
  let pageCount: number | null = null;
  if (type.mime === 'application/pdf') {
    pageCount = countPdfPages(data);
    if (pageCount === 0) throw errors.badRequest('PDF 文件已损坏或没有页面，请重新导出');
    if (pageCount > limits.maxPdfPages) throw errors.badRequest(`PDF 不能超过 ${limits.maxPdfPages} 页，请拆分后分别上传`);
    if (pdfHasActiveContent(data)) throw errors.badRequest('PDF 含有脚本或附件，不能上传，请重新打印为 PDF');
  }
  return { type, pageCount };
}

function ownerWhere(u: Uploader, uploadId: string) {
  return u.kind === 'citizen'
    ? { uploadedByUserId_uploadId: { uploadedByUserId: u.userId, uploadId } }
    : { uploadedByStaffId_uploadId: { uploadedByStaffId: u.staffId, uploadId } };
}

/** A retry of the same upload returns the earlier file; the same id for different bytes is a client bug. */
function sameUpload(existing: { sha256: string; deletedAt: Date | null }, sha256: string) {
  if (existing.deletedAt) throw errors.conflict('该上传已被删除，请重新选择文件');
  if (existing.sha256 !== sha256) throw errors.conflict('上传编号已用于另一个文件，请重新选择文件');
}

/**
 * Store an upload. Idempotent per (uploader, uploadId): a retry after a lost response, or two retries racing each
 * other, end with one row and one stored object. The object is written before the row, so a crash in between
 * leaves at most an unreferenced object (never a row without bytes); the loser of a race deletes its own object.
 */
export async function uploadFile(deps: FileDeps, uploader: Uploader, input: UploadInput): Promise<{ file: TStoredFile; created: boolean }> {
  const sha256 = createHash('sha256').update(input.data).digest('hex');
  const earlier = await deps.db.storedFile.findUnique({ where: ownerWhere(uploader, input.uploadId) });
  if (earlier) {
    sameUpload(earlier, sha256);
    return { file: presentStoredFile(earlier), created: false };
  }
  const { type, pageCount } = inspect(input.data, deps.limits);
  const now = new Date();
  const storageKey = `uploads/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}.${type.ext}`;
  await deps.storage.put(storageKey, input.data);
  try {
    const row = await deps.db.storedFile.create({
      data: {
        storageKey,
        sha256,
        mime: type.mime,
        size: input.data.length,
        pageCount,
        originalName: sanitiseDisplayName(input.name, type.ext),
        purpose: input.purpose,
        uploadId: input.uploadId,
        uploadedByUserId: uploader.kind === 'citizen' ? uploader.userId : null,
        uploadedByStaffId: uploader.kind === 'staff' ? uploader.staffId : null,
      },
    });
    return { file: presentStoredFile(row), created: true };
  } catch (err) {
    await deps.storage.delete(storageKey);
    if ((err as { code?: string }).code !== 'P2002') throw err;
    const winner = await deps.db.storedFile.findUniqueOrThrow({ where: ownerWhere(uploader, input.uploadId) });
    sameUpload(winner, sha256);
    return { file: presentStoredFile(winner), created: false };
  }
}
