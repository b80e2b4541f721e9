import type { StoragePort } from '../../adapters/storage/storage.port';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { deleteDraftFiles } from '../files/delete-files';
import { loadOwnBundle } from './bundle-application';

/**
 * DELETE /bundle-applications/:id: a 一件事 draft goes whole: every part with its materials, the files nothing else
 * uses (a shared file goes with the last part that held it), and the parent. Rows in one transaction, stored objects
 * after the commit. Once submitted, parts are withdrawn, never deleted (409).
 */
export async function deleteBundleDraft(db: Db, storage: StoragePort, userId: string, id: string): Promise<{ deleted: true; filesRemoved: number }> {
  const c = await loadOwnBundle(db, userId, id);
  if (c.children.some((p) => p.status !== 'DRAFT')) throw errors.conflict('只有草稿可以删除，已提交的申请请使用“撤回”');
  const removed = await db.$transaction(async (tx) => {
    const files = [];
    for (const p of c.children) files.push(await deleteDraftFiles(tx, storage, p.id));
    const gone = await tx.case.deleteMany({ where: { parentId: c.id, status: 'DRAFT' } });
    if (gone.count !== c.children.length) throw errors.conflict('该申请刚刚已提交，不能删除');
    await tx.case.delete({ where: { id: c.id } });
    return files;
  });
  for (const f of removed) await f.removeObjects();
  return { deleted: true, filesRemoved: removed.reduce((n, f) => n + f.removed, 0) };
}
