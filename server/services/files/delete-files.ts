import type { Db, DbTx } from '../../db/client';
import type { StoragePort } from '../../adapters/storage/storage.port';
import { errors } from '../../errors';

/** Remove stored objects after the rows are gone (a crash in between leaves an orphan object, never a dangling row). */
async function removeObjects(storage: StoragePort, keys: string[]): Promise<void> {
  await Promise.all(keys.map((k) => storage.delete(k)));
}

/**
 * Delete the rows of files no longer referenced by anything (cases other than the draft, wallet, authorisations,
 * catalogue), returning their storage keys. Runs inside the caller's transaction.
 */
async function deleteUnreferenced(tx: DbTx | Db, fileIds: string[]): Promise<string[]> {
  if (fileIds.length === 0) return [];
  const free = await tx.storedFile.findMany({
    where: {
      id: { in: fileIds },
      caseMaterialFiles: { none: {} },
      walletItems: { none: {} },
      authorisationLetters: { none: {} },
      casePledges: { none: {} },
      caseResults: { none: {} },
      materialBlankForms: { none: {} },
      materialSamples: { none: {} },
      versionResultSamples: { none: {} },
      complaintAttachments: { none: {} },
    },
    select: { id: true, storageKey: true },
  });
  await tx.storedFile.deleteMany({ where: { id: { in: free.map((f) => f.id) } } });
  return free.map((f) => f.storageKey);
}

/**
 * Deleting a draft deletes its files (issue 5): unlink the draft's material files and delete those nothing else
 * uses, rows and stored objects. Call it from the draft deletion with the same transaction client, then call
 * the returned `removeObjects` after the commit. Refuses a case that is no longer a draft.
 */
export async function deleteDraftFiles(tx: DbTx | Db, storage: StoragePort, caseId: string): Promise<{ removed: number; removeObjects: () => Promise<void> }> {
  const c = await tx.case.findUnique({ where: { id: caseId }, select: { status: true } });
  if (!c) throw errors.notFound('办件不存在');
  if (c.status !== 'DRAFT') throw errors.conflict('只有草稿可以删除');
  const links = await tx.caseMaterialFile.findMany({ where: { caseMaterial: { caseId } }, select: { fileId: true } });
  await tx.caseMaterialFile.deleteMany({ where: { caseMaterial: { caseId } } });
  const keys = await deleteUnreferenced(tx, [...new Set(links.map((l) => l.fileId))]);
  return { removed: keys.length, removeObjects: () => removeObjects(storage, keys) };
}

/**
 * A citizen removes one of their own uploads (a wrong photo). Allowed while it is unattached or attached only to
 * their drafts; a file of a submitted case or in the wallet stays (the case record keeps what was submitted).
 */
export async function deleteMyFile(db: Db, storage: StoragePort, userId: string, fileId: string): Promise<void> {
  const f = /^[0-9a-f-]{36}$/i.test(fileId)
    ? await db.storedFile.findUnique({
        where: { id: fileId },
        select: { uploadedByUserId: true, caseMaterialFiles: { select: { caseMaterial: { select: { case: { select: { status: true } } } } } }, walletItems: { select: { id: true } } },
      })
    : null;
  if (!f || f.uploadedByUserId !== userId) throw errors.notFound('文件不存在或已删除');
  const inUse = f.walletItems.length > 0 || f.caseMaterialFiles.some((l) => l.caseMaterial.case.status !== 'DRAFT');
  if (inUse) throw errors.conflict('该文件已随办件提交或已存入材料库，不能删除');
  const keys = await db.$transaction(async (tx) => {
    await tx.caseMaterialFile.deleteMany({ where: { fileId } });
    return deleteUnreferenced(tx, [fileId]);
  });
  if (keys.length === 0) throw errors.conflict('该文件正在被使用，不能删除');
  await removeObjects(storage, keys);
}

/**
 * Uploads never attached to anything (the citizen photographed a material and left) are kept for `days` so a
 * draft can still use them, then deleted with their objects. Meant for a daily job; returns how many went.
 */
export async function purgeAbandonedUploads(db: Db, storage: StoragePort, now: Date, days = 7): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const candidates = await db.storedFile.findMany({
    where: { createdAt: { lt: cutoff }, uploadedByUserId: { not: null }, purpose: { in: ['MATERIAL', 'ATTACHMENT', 'PLEDGE', 'AUTHORISATION_LETTER'] } },
    select: { id: true },
    take: 1000,
  });
  const keys = await db.$transaction((tx) => deleteUnreferenced(tx, candidates.map((c) => c.id)));
  await removeObjects(storage, keys);
  return keys.length;
}
