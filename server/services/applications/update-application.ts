import type { z } from 'zod';
import { tailorMaterials } from '@shared/catalog/tailor-materials';
import { formFieldsOf, validateForm } from '@shared/domain/application/form-fields';
import { CASE_STATUS_LABELS } from '@shared/domain/case/transitions';
import type { TApplication, ZApplicationUpdate } from '@shared/schemas/application';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { presentApplication } from '../../presenters/application.presenter';
import { publishedVersionOf } from './create-application';
import { loadOwnCase } from './load-own-case';
import { CORRECT_FORM, openCorrectionOf } from './open-correction';

type Input = z.output<typeof ZApplicationUpdate>;
export const STALE_MESSAGE = '申请已在其他地方修改，请刷新后再试';

/**
 * PATCH /applications/:id: the form (validated against the item's form definition) and, in a draft, the situation
 * answers (the material list is tailored again). After a correction notice only a form the notice asks to
 * correct may change. The caller names the version it read; a stale one is 409.
 */
export async function updateApplication(db: Db, userId: string, caseId: string, input: Input): Promise<TApplication> {
  const c = await loadOwnCase(db, userId, caseId);
  if (c.status === 'CORRECTION_REQUIRED') {
    const notice = await openCorrectionOf(db, c.id);
    if (input.answers !== undefined) throw errors.conflict('补正阶段不能修改申请情形');
    if (input.form !== undefined && !notice?.items.some((i) => i.caseMaterialId === null)) throw errors.conflict('补正告知书未要求修改申请表');
  } else if (c.status !== 'DRAFT') {
    throw errors.conflict(`办件当前状态为“${CASE_STATUS_LABELS[c.status]}”，不能修改`);
  }
  if (input.version !== c.version) throw errors.conflict(STALE_MESSAGE);
  if (input.form) {
    const errs = validateForm(formFieldsOf(c.itemVersion!.formSchema), input.form, false);
    if (errs.length > 0) throw errors.validation(errs, '申请表填写有误');
  }
  const published = input.answers ? await publishedVersionOf(db, c.itemVersion!.item.implementationCode) : null;
  if (published && published.v.id !== c.itemVersion!.id) throw errors.conflict('事项办事指南已更新，请重新开始申请');
  await db.$transaction(async (tx) => {
    const updated = await tx.case.updateMany({
      where: { id: c.id, version: c.version, status: c.status },
      data: { version: { increment: 1 }, ...(input.form ? { formData: { ...((c.formData ?? {}) as object), ...input.form } } : {}), ...(input.answers ? { situationAnswers: input.answers } : {}) },
    });
    if (updated.count !== 1) throw errors.conflict(STALE_MESSAGE);
    if (c.status === 'CORRECTION_REQUIRED') await tx.caseEvent.create({ data: { caseId: c.id, action: CORRECT_FORM, actorKind: 'USER', actorUserId: userId } });
    if (input.answers) {
      const { v, situations } = published!;
      const wanted = tailorMaterials(v.materials, situations, input.answers).materials;
      const have = new Set(c.materials.map((m) => m.itemMaterialId));
      await tx.caseMaterial.deleteMany({ where: { caseId: c.id, itemMaterialId: { notIn: wanted.map((m) => m.id) } } });
      await tx.caseMaterial.createMany({
        data: wanted.filter((m) => !have.has(m.id)).map((m) => ({
            caseId: c.id,
            itemMaterialId: m.id,
            materialTypeCode: m.materialTypeCode,
            name: m.name,
            ...(m.source === 'GOVERNMENT' ? { supply: 'GOVERNMENT_FETCH' as const, trustLevel: 'A' as const } : {}),
          })),
      });
    }
  });
  return presentApplication(await loadOwnCase(db, userId, caseId), userId);
}
