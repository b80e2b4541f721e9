import { randomUUID } from 'node:crypto';
import type { TDraftContent } from '@shared/schemas/catalog-admin';
import type { DbTx } from '../../db/client';
import type { Prisma } from '../../generated/prisma/client';

/** The version's own columns from the editable content (children are written separately). */
export function versionScalars(c: TDraftContent) {
  return {
    name: c.name,
    type: c.type,
    level: c.level,
    handlingType: c.handlingType,
    statutoryLimit: c.statutoryLimit,
    statutoryLimitUnit: c.statutoryLimitUnit,
    promisedLimit: c.promisedLimit,
    promisedLimitUnit: c.promisedLimitUnit,
    visitsNeeded: c.visitsNeeded,
    visitsReason: c.visitsReason,
    channels: c.channels,
    onlineDepth: c.onlineDepth,
    inServiceCentre: c.inServiceCentre,
    courierDelivery: c.courierDelivery,
    onlinePayment: c.onlinePayment,
    bookingAvailable: c.bookingAvailable,
    anywhereScope: c.anywhereScope,
    conditions: c.conditions,
    legalBasis: c.legalBasis,
    processSteps: c.processSteps as Prisma.InputJsonValue,
    address: c.address,
    officeHours: c.officeHours,
    enquiryPhone: c.enquiryPhone,
    complaintPhone: c.complaintPhone,
    resultName: c.resultName,
    resultType: c.resultType,
    changeNote: c.changeNote,
    materialsNone: c.materialsNone,
  } satisfies Partial<Prisma.ServiceItemVersionUncheckedCreateInput>;
}

const materialData = (versionId: string, m: TDraftContent['materials'][number], i: number, id: string) => ({
  id,
  versionId,
  sortOrder: i,
  name: m.name,
  requirement: m.requirement,
  conditionText: m.conditionText,
  form: m.form,
  originality: m.originality,
  copies: m.copies,
  source: m.source,
  sourceDetail: m.sourceDetail,
  isKey: m.isKey,
  commonMistakes: m.commonMistakes,
  acceptanceStandard: m.acceptanceStandard,
});

/**
 * Make a draft's materials, fees and FAQs match the content. Materials named by id are updated in place so the
 * situation questions that point at them keep working; the rest are replaced.
 */
export async function syncChildren(tx: DbTx, versionId: string, c: TDraftContent, existingMaterialIds: string[]): Promise<void> {
  const keep = new Set(existingMaterialIds);
  // A material sent without id but named like an existing one is that row (situations link to it by id).
  const existing = await tx.itemMaterial.findMany({ where: { versionId, id: { in: existingMaterialIds } }, select: { id: true, name: true } });
  const claimed = new Set(c.materials.map((m) => m.id).filter((id): id is string => id != null && keep.has(id)));
  const byName = new Map(existing.filter((m) => !claimed.has(m.id)).map((m) => [m.name, m.id]));
  c = {
    ...c,
    materials: c.materials.map((m) => {
      if (m.id && keep.has(m.id)) return m;
      const id = byName.get(m.name);
      if (id) byName.delete(m.name);
      return { ...m, id };
    }),
  };
  const kept = c.materials.filter((m) => m.id && keep.has(m.id)).map((m) => m.id!);
  await tx.itemMaterial.deleteMany({ where: { versionId, id: { notIn: kept } } });
  const creates: ReturnType<typeof materialData>[] = [];
  for (const [i, m] of c.materials.entries()) {
    if (m.id && keep.has(m.id)) {
      const { id, versionId: _v, ...data } = materialData(versionId, m, i, m.id);
      await tx.itemMaterial.update({ where: { id }, data });
    } else {
      creates.push(materialData(versionId, m, i, randomUUID()));
    }
  }
  if (creates.length) await tx.itemMaterial.createMany({ data: creates });
  await tx.itemFee.deleteMany({ where: { versionId } });
  await tx.itemFaq.deleteMany({ where: { versionId } });
  if (c.fees.length) {
    await tx.itemFee.createMany({ data: c.fees.map((f, i) => ({ versionId, sortOrder: i, name: f.name, standard: f.standard, amountFen: f.amountFen, basis: f.basis, reductions: f.reductions })) });
  }
  if (c.faqs.length) await tx.itemFaq.createMany({ data: c.faqs.map((f, i) => ({ versionId, sortOrder: i, question: f.question, answer: f.answer })) });
  if (c.situations) await syncSituations(tx, versionId, c.situations);
}

/** Replace a draft's situation questions; options link to the version's materials by name (checked beforehand). */
async function syncSituations(tx: DbTx, versionId: string, situations: NonNullable<TDraftContent['situations']>): Promise<void> {
  await tx.itemQuestion.deleteMany({ where: { versionId } });
  const materials = await tx.itemMaterial.findMany({ where: { versionId }, select: { id: true, name: true } });
  const idByName = new Map(materials.map((m) => [m.name, m.id]));
  for (const [qi, q] of situations.entries()) {
    const question = await tx.itemQuestion.create({ data: { versionId, sortOrder: qi, text: q.text, multiple: q.multiple } });
    for (const [oi, o] of q.options.entries()) {
      const ids = [...new Set(o.materials.map((n) => idByName.get(n)).filter((id): id is string => id != null))];
      await tx.itemQuestionOption.create({
        data: { questionId: question.id, sortOrder: oi, text: o.text, materials: { create: ids.map((materialId) => ({ materialId })) } },
      });
    }
  }
}
