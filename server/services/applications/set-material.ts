import type { z } from 'zod';
import { isUsable } from '@shared/domain/wallet/match-wallet';
import { CASE_STATUS_LABELS } from '@shared/domain/case/transitions';
import type { TApplication, ZMaterialSupplyInput } from '@shared/schemas/application';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { presentApplication } from '../../presenters/application.presenter';
import { loadOwnCase } from './load-own-case';
import { CORRECT_MATERIAL, openCorrectionOf } from './open-correction';

type Input = z.output<typeof ZMaterialSupplyInput>;

const chinaToday = (now: Date) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * PUT /applications/:id/materials/:materialId: hand in a material as the caller's own uploads, or as a wallet entry
 * of the same material type. In a draft any material may change; after a correction notice only the materials
 * the notice lists (each change is recorded, so resubmission can tell a real correction from a repeat).
 */
export async function setMaterial(db: Db, userId: string, caseId: string, materialId: string, input: Input, now = new Date()): Promise<TApplication> {
  const c = await loadOwnCase(db, userId, caseId);
  const m = c.materials.find((x) => x.id === materialId);
  if (!m) throw errors.notFound('该申请没有这项材料');
  if (c.status === 'CORRECTION_REQUIRED') {
    const notice = await openCorrectionOf(db, c.id);
    if (!notice?.items.some((i) => i.caseMaterialId === m.id)) throw errors.conflict('补正阶段只能修改需要补正的材料');
  } else if (c.status !== 'DRAFT') {
    throw errors.conflict(`办件当前状态为“${CASE_STATUS_LABELS[c.status]}”，不能修改材料`);
  }

  let fileIds: string[];
  let supply: { supply: 'UPLOAD' | 'WALLET'; trustLevel: 'A' | 'B' | 'C' | 'D'; walletItemId: string | null };
  if ('fileIds' in input) {
    fileIds = [...new Set(input.fileIds)];
    const own = await db.storedFile.count({ where: { id: { in: fileIds }, uploadedByUserId: userId, deletedAt: null } });
    if (own !== fileIds.length) throw errors.validation([{ path: 'body.fileIds', message: '文件不存在或不是您本人上传的' }], '文件不存在或不是您本人上传的');
    supply = { supply: 'UPLOAD', trustLevel: 'C', walletItemId: null };
  } else {
    const w = await db.walletItem.findFirst({ where: { id: input.walletItemId, userId, revokedAt: null } });
    if (!w) throw errors.validation([{ path: 'body.walletItemId', message: '材料库中没有这项材料' }], '材料库中没有这项材料');
    if (w.companyId && w.companyId !== c.applicantCompanyId) throw errors.validation([{ path: 'body.walletItemId', message: '这项材料属于其他企业' }]);
    if (!m.materialTypeCode || w.materialTypeCode !== m.materialTypeCode)
      throw errors.validation([{ path: 'body.walletItemId', message: `材料库中的这项材料不是“${m.name}”` }], '材料类型不符');
    const facts = { validUntil: w.validUntil ? w.validUntil.toISOString().slice(0, 10) : null, revoked: false };
    if (!isUsable({ ...facts, id: w.id, materialTypeCode: w.materialTypeCode, trustLevel: w.trustLevel, since: '' }, chinaToday(now)))
      throw errors.validation([{ path: 'body.walletItemId', message: '这项材料已过有效期' }], '这项材料已过有效期');
    fileIds = w.fileId ? [w.fileId] : [];
    supply = { supply: 'WALLET', trustLevel: w.trustLevel, walletItemId: w.id };
  }

  await db.$transaction(async (tx) => {
    // Lock the case in the status checked above: a submission racing this change either waits or wins (409 here).
    const still = await tx.case.updateMany({ where: { id: c.id, status: c.status }, data: { updatedAt: now } });
    if (still.count !== 1) throw errors.conflict('办件状态刚刚已变化，请刷新后再试');
    await tx.caseMaterialFile.deleteMany({ where: { caseMaterialId: m.id } });
    await tx.caseMaterialFile.createMany({ data: fileIds.map((fileId, i) => ({ caseMaterialId: m.id, fileId, sortOrder: i })) });
    await tx.caseMaterial.update({ where: { id: m.id }, data: supply });
    if (c.status === 'CORRECTION_REQUIRED') {
      await tx.caseEvent.create({ data: { caseId: c.id, action: CORRECT_MATERIAL, actorKind: 'USER', actorUserId: userId, data: { caseMaterialId: m.id }, createdAt: now } });
    }
  });
  return presentApplication(await loadOwnCase(db, userId, caseId), userId);
}
