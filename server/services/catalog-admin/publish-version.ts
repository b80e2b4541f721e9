import type { z } from 'zod';
import type { ZPublishBody, ZVersionChange } from '@shared/schemas/catalog-admin';
import type { Actor } from '../../domain/actor';
import { checkForPublish } from '../../domain/catalog/consistency';
import { draftToElements } from '../../domain/catalog/from-draft';
import type { Db, DbTx } from '../../db/client';
import { errors } from '../../errors';
import { loadVersionRow, rowContent } from '../../presenters/admin-version.presenter';
import { assertCanManage } from './scope';
import { afterCatalogueChange } from './after-change';
import { violationsError } from './violations-error';

type Change = z.infer<typeof ZVersionChange>;

/**
 * Publish a draft: the full rule set runs first and every violation is returned at once. In one transaction the
 * item's current published version becomes RETIRED (its rows untouched: cases filed under it keep reading it) and
 * the draft becomes PUBLISHED — guarded on status and revision, so a concurrent edit or publish gets 409.
 */
export async function publishVersion(db: Db, actor: Extract<Actor, { kind: 'staff' }>, versionId: string, body: z.infer<typeof ZPublishBody>): Promise<Change> {
  const row = await loadVersionRow(db, versionId);
  await assertCanManage(db, actor, row.item);
  if (row.status !== 'DRAFT') throw errors.conflict('只有草稿可以发布');
  const violations = checkForPublish(draftToElements(rowContent(row), row.item.departmentId));
  if (violations.length) throw violationsError(violations, 'content');
  const change = await db.$transaction((tx) => publishInTx(tx, { versionId, itemId: row.item.id, revision: body.revision, staffId: actor.staffId }));
  await afterCatalogueChange();
  return change;
}

/** The state change of publishing, for callers that already checked the rules (the importer). */
export async function publishInTx(tx: DbTx, p: { versionId: string; itemId: string; revision: number; staffId: string }): Promise<Change> {
  const now = new Date();
  const previous = await tx.serviceItemVersion.findFirst({ where: { itemId: p.itemId, status: 'PUBLISHED' }, select: { id: true } });
  if (previous) {
    await tx.serviceItemVersion.updateMany({ where: { id: previous.id, status: 'PUBLISHED' }, data: { status: 'RETIRED', retiredAt: now } });
  }
  const res = await tx.serviceItemVersion.updateMany({
    where: { id: p.versionId, status: 'DRAFT', revision: p.revision },
    data: { status: 'PUBLISHED', publishedAt: now, publishedByStaffId: p.staffId, revision: { increment: 1 } },
  });
  if (res.count === 0) throw errors.conflict('草稿已被他人修改或已发布，请刷新后重试');
  const v = await tx.serviceItemVersion.findUniqueOrThrow({ where: { id: p.versionId }, select: { versionNo: true } });
  return { itemId: p.itemId, versionId: p.versionId, versionNo: v.versionNo, status: 'PUBLISHED', retiredVersionId: previous?.id ?? null };
}
