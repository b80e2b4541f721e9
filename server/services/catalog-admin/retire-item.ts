import type { z } from 'zod';
import type { ZRetireBody, ZVersionChange } from '@shared/schemas/catalog-admin';
import type { Actor } from '../../domain/actor';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { afterCatalogueChange } from './after-change';
import { assertCanManage } from './scope';

/**
 * Take an item off the catalogue: its published version becomes RETIRED (content unchanged, still readable for the
 * cases filed under it). The reason is kept on the version: the admin list shows it, and citizens who open the
 * guide's link are told the item was retired and why. An open draft stays, so the item can come back.
 */
export async function retireItem(
  db: Db,
  actor: Extract<Actor, { kind: 'staff' }>,
  itemId: string,
  body: z.infer<typeof ZRetireBody>,
): Promise<z.infer<typeof ZVersionChange>> {
  const item = await db.serviceItem.findUnique({ where: { id: itemId }, select: { id: true, departmentId: true, regionCode: true } });
  if (!item) throw errors.notFound('找不到该事项');
  await assertCanManage(db, actor, item);
  const change = await db.$transaction(async (tx) => {
    const published = await tx.serviceItemVersion.findFirst({ where: { itemId, status: 'PUBLISHED' }, select: { id: true, versionNo: true } });
    if (!published) throw errors.conflict('该事项当前没有已发布的版本');
    const res = await tx.serviceItemVersion.updateMany({
      where: { id: published.id, status: 'PUBLISHED' },
      data: { status: 'RETIRED', retiredAt: new Date(), retiredReason: body.reason },
    });
    if (res.count === 0) throw errors.conflict('事项状态已变化，请刷新后重试');
    return { itemId, versionId: published.id, versionNo: published.versionNo, status: 'RETIRED' as const, retiredVersionId: published.id };
  });
  await afterCatalogueChange();
  return change;
}
