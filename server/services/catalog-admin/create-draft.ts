import { randomUUID } from 'node:crypto';
import type { TAdminVersion } from '@shared/schemas/catalog-admin';
import type { Actor } from '../../domain/actor';
import type { Db, DbTx } from '../../db/client';
import { errors } from '../../errors';
import type { Prisma } from '../../generated/prisma/client';
import { loadVersionRow, presentAdminVersion } from '../../presenters/admin-version.presenter';
import { assertCanManage } from './scope';
import { uniqueConflict } from './unique-conflict';

const SOURCE_INCLUDE = {
  materials: true,
  fees: true,
  faqs: true,
  questions: { include: { options: { include: { materials: true } } } },
} satisfies Prisma.ServiceItemVersionInclude;

/**
 * Open a new draft of an item as a deep copy of its published version (or, when none is published, of its latest
 * one): materials, fees, FAQs and situations are copied row by row with new ids, so editing the draft can never
 * reach the rows a published version (and the cases filed under it) point at. One open draft per item.
 */
export async function createDraft(db: Db, actor: Extract<Actor, { kind: 'staff' }>, itemId: string): Promise<TAdminVersion> {
  const item = await db.serviceItem.findUnique({ where: { id: itemId }, select: { id: true, departmentId: true, regionCode: true } });
  if (!item) throw errors.notFound('找不到该事项');
  await assertCanManage(db, actor, item);

  const newId = await db.$transaction((tx) => copyToDraftInTx(tx, itemId, actor.staffId)).catch(uniqueConflict('该事项已有未发布的草稿，请直接编辑'));
  return presentAdminVersion(await loadVersionRow(db, newId));
}

/** The deep copy of createDraft, inside the caller's transaction (the importer uses it too); returns the new id. */
export async function copyToDraftInTx(tx: DbTx, itemId: string, staffId: string): Promise<string> {
  const versions = await tx.serviceItemVersion.findMany({ where: { itemId }, orderBy: { versionNo: 'desc' }, select: { id: true, status: true, versionNo: true } });
  if (versions.some((v) => v.status === 'DRAFT')) throw errors.conflict('该事项已有未发布的草稿，请直接编辑');
  const sourceRef = versions.find((v) => v.status === 'PUBLISHED') ?? versions[0];
  if (!sourceRef) throw errors.notFound('该事项没有可复制的版本');
  const src = await tx.serviceItemVersion.findUniqueOrThrow({ where: { id: sourceRef.id }, include: SOURCE_INCLUDE });
  const {
    id: _id, itemId: _item, versionNo: _no, status: _st, revision: _rev, createdAt: _c, updatedAt: _u, publishedAt: _pa, publishedByStaffId: _pb,
    retiredAt: _ra, createdByStaffId: _cb, materials, fees, faqs, questions, processSteps, formSchema, ...scalars
  } = src;
  const id = randomUUID();
  await tx.serviceItemVersion.create({
    data: {
      ...scalars,
      processSteps: (processSteps ?? undefined) as Prisma.InputJsonValue | undefined,
      formSchema: (formSchema ?? undefined) as Prisma.InputJsonValue | undefined,
      id,
      itemId,
      versionNo: versions[0]!.versionNo + 1,
      status: 'DRAFT',
      changeNote: null,
      createdByStaffId: staffId,
    },
  });
  const materialIds = new Map(materials.map((m) => [m.id, randomUUID()]));
  if (materials.length) await tx.itemMaterial.createMany({ data: materials.map((m) => ({ ...m, id: materialIds.get(m.id)!, versionId: id })) });
  if (fees.length) await tx.itemFee.createMany({ data: fees.map(({ id: _f, ...f }) => ({ ...f, versionId: id })) });
  if (faqs.length) await tx.itemFaq.createMany({ data: faqs.map(({ id: _f, ...f }) => ({ ...f, versionId: id })) });
  for (const q of questions) {
    const question = await tx.itemQuestion.create({ data: { versionId: id, sortOrder: q.sortOrder, text: q.text, multiple: q.multiple } });
    for (const o of q.options) {
      await tx.itemQuestionOption.create({
        data: {
          questionId: question.id,
          sortOrder: o.sortOrder,
          text: o.text,
          materials: { create: o.materials.map((l) => ({ materialId: materialIds.get(l.materialId)! })) },
        },
      });
    }
  }
  return id;
}
