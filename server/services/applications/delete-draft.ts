import type { StoragePort } from '../../adapters/storage/storage.port';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { deleteDraftFiles } from '../files/delete-files';
import { loadOwnCase } from './load-own-case';

/**
 * DELETE /applications/:id: a draft goes with its materials and the files nothing else uses (rows in one
 * transaction, stored objects after the commit). A submitted case is never deleted (409).
 */
export async function deleteDraft(db: Db, storage: StoragePort, userId: string, caseId: string): Promise<{ deleted: true; filesRemoved: number }> {
  const c = await loadOwnCase(db, userId, caseId);
  if (c.status !== 'DRAFT') throw errors.conflict('只有草稿可以删除，已提交的申请请使用“撤回”');
  if (c.parentId) throw errors.conflict('这是“一件事”的一部分，不能单独删除');
  const result = await db.$transaction(async (tx) => {
    const files = await deleteDraftFiles(tx, storage, c.id);
    const gone = await tx.case.deleteMany({ where: { id: c.id, status: 'DRAFT' } });
    if (gone.count !== 1) throw errors.conflict('该申请刚刚已提交，不能删除');
    return files;
  });
  await result.removeObjects();
  return { deleted: true, filesRemoved: result.removed };
}
