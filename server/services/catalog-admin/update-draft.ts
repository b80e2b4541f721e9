import type { z } from 'zod';
import type { TAdminVersion, ZUpdateDraftBody } from '@shared/schemas/catalog-admin';
import type { Actor } from '../../domain/actor';
import { checkConsistency } from '../../domain/catalog/consistency';
import { draftToElements } from '../../domain/catalog/from-draft';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { loadVersionRow, presentAdminVersion } from '../../presenters/admin-version.presenter';
import { assertCanManage } from './scope';
import { syncChildren, versionScalars } from './version-content';
import { violationsError } from './violations-error';

/**
 * Save a draft's content. Only a DRAFT at the revision the editor read is written (guarded update), so two
 * editors cannot overwrite each other and a published version can never be touched: 409 otherwise.
 */
export async function updateDraft(
  db: Db,
  actor: Extract<Actor, { kind: 'staff' }>,
  versionId: string,
  body: z.infer<typeof ZUpdateDraftBody>,
): Promise<TAdminVersion> {
  const current = await loadVersionRow(db, versionId);
  await assertCanManage(db, actor, current.item);
  if (current.status !== 'DRAFT') throw errors.conflict('已发布或已下线的版本不能修改，请先创建新草稿');
  const contradictions = checkConsistency(draftToElements(body.content, current.item.departmentId));
  if (contradictions.length) throw violationsError(contradictions, 'body.content');
  await db.$transaction(async (tx) => {
    const res = await tx.serviceItemVersion.updateMany({
      where: { id: versionId, status: 'DRAFT', revision: body.revision },
      data: { ...versionScalars(body.content), revision: { increment: 1 } },
    });
    if (res.count === 0) throw errors.conflict('草稿已被他人修改或已发布，请刷新后重试');
    await syncChildren(tx, versionId, body.content, current.materials.map((m) => m.id));
  });
  return presentAdminVersion(await loadVersionRow(db, versionId));
}
