import type { z } from 'zod';
import type { ZCreateItemBody, TAdminVersion } from '@shared/schemas/catalog-admin';
import type { Actor } from '../../domain/actor';
import { checkConsistency } from '../../domain/catalog/consistency';
import { draftToElements } from '../../domain/catalog/from-draft';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { loadVersionRow, presentAdminVersion } from '../../presenters/admin-version.presenter';
import { assertCanManage } from './scope';
import { uniqueConflict } from './unique-conflict';
import { syncChildren, versionScalars } from './version-content';
import { violationsError } from './violations-error';

/** Create a catalogue item with its first version as a draft. The draft may be incomplete, not contradictory. */
export async function createItem(db: Db, actor: Extract<Actor, { kind: 'staff' }>, body: z.infer<typeof ZCreateItemBody>): Promise<TAdminVersion> {
  const [department, region] = await Promise.all([
    db.department.findUnique({ where: { id: body.departmentId }, select: { id: true } }),
    db.region.findUnique({ where: { code: body.regionCode }, select: { code: true } }),
  ]);
  if (!department) throw errors.validation([{ path: 'body.departmentId', message: '实施主体不存在' }]);
  if (!region) throw errors.validation([{ path: 'body.regionCode', message: '行政区划不存在' }]);
  await assertCanManage(db, actor, body);
  const contradictions = checkConsistency(draftToElements(body.content, body.departmentId));
  if (contradictions.length) throw violationsError(contradictions, 'body.content');
  if (await db.serviceItem.findUnique({ where: { implementationCode: body.implementationCode }, select: { id: true } })) {
    throw errors.conflict(`实施编码 ${body.implementationCode} 已存在`);
  }
  const versionId = await db.$transaction(async (tx) => {
    const item = await tx.serviceItem.create({
      data: { baseCode: body.baseCode, implementationCode: body.implementationCode, departmentId: body.departmentId, regionCode: body.regionCode },
    });
    const version = await tx.serviceItemVersion.create({
      data: { itemId: item.id, versionNo: 1, status: 'DRAFT', createdByStaffId: actor.staffId, ...versionScalars(body.content) },
    });
    await syncChildren(tx, version.id, body.content, []);
    return version.id;
  }).catch(uniqueConflict(`实施编码 ${body.implementationCode} 已存在`));
  return presentAdminVersion(await loadVersionRow(db, versionId));
}
