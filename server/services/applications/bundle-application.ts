import { formFieldsOf, type FormField } from '@shared/domain/application/form-fields';
import { dateFromColumn } from '@shared/domain/calendar/working-days';
import { bundleStanding } from '@shared/domain/case/bundle';
import { currentClock } from '@shared/domain/case/progress';
import { CASE_STATUS_LABELS } from '@shared/domain/case/transitions';
import type { TBundleApplication, TFormValues } from '@shared/schemas/application';
import type { Prisma } from '../../generated/prisma/client';
import type { Db, DbTx } from '../../db/client';
import { errors } from '../../errors';
import { isProvided, publicCaseNumber } from '../../presenters/application.presenter';
import { APPLICATION_INCLUDE } from './load-own-case';

/** The parent case of a bundle application with its parts (each an ordinary case) in the bundle's item order. */
const BUNDLE_INCLUDE = {
  bundle: { select: { code: true, name: true, items: { select: { itemId: true, sortOrder: true } } } },
  children: { include: { ...APPLICATION_INCLUDE, itemVersion: { select: { ...APPLICATION_INCLUDE.itemVersion.select, itemId: true } }, department: { select: { name: true } } } },
} satisfies Prisma.CaseInclude;

export type BundleRow = Prisma.CaseGetPayload<{ include: typeof BUNDLE_INCLUDE }>;
export type BundlePart = BundleRow['children'][number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Materials several items need are one material of the bundle: same material type, or else same name. */
export const sharedKey = (m: { materialTypeCode: string | null; name: string }) => m.materialTypeCode ?? `name:${m.name}`;

/** The citizen's own bundle application (as applicant or agent); anyone else's is 404, like a single case. */
export async function loadOwnBundle(db: Db | DbTx, userId: string, id: string): Promise<BundleRow> {
  const c = UUID.test(id)
    ? await db.case.findFirst({ where: { id, bundleId: { not: null }, parentId: null, OR: [{ applicantUserId: userId }, { agentUserId: userId }] }, include: BUNDLE_INCLUDE })
    : null;
  if (!c || c.children.length === 0) throw errors.notFound('办件不存在');
  const order = new Map(c.bundle!.items.map((i) => [i.itemId, i.sortOrder]));
  c.children.sort((a, b) => (order.get(a.itemVersion!.itemId) ?? 0) - (order.get(b.itemVersion!.itemId) ?? 0));
  return c;
}

/** The form fields of all parts, each key once (the first item to ask for it decides the label). */
export function bundleFormFields(parts: readonly BundlePart[]): FormField[] {
  const seen = new Map<string, FormField>();
  for (const p of parts) for (const f of formFieldsOf(p.itemVersion!.formSchema)) if (!seen.has(f.key)) seen.set(f.key, f);
  return [...seen.values()];
}

/** A bundle application as its applicant sees it: one derived status, the parts, one merged material list. */
export function presentBundle(c: BundleRow): TBundleApplication {
  const standing = bundleStanding(c.children.map((p) => p.status));
  const merged = new Map<string, TBundleApplication['materials'][number]>();
  for (const p of c.children) {
    const mats = [...p.materials].sort((a, b) => (a.itemMaterial?.sortOrder ?? 0) - (b.itemMaterial?.sortOrder ?? 0));
    for (const m of mats) {
      const key = sharedKey(m);
      const seen = merged.get(key);
      if (seen) {
        seen.forItems.push(p.itemVersion!.name);
        seen.provided &&= isProvided(m);
        continue;
      }
      merged.set(key, {
        id: m.id,
        name: m.name,
        provided: isProvided(m),
        files: m.files.filter((f) => !f.file.deletedAt).map((f) => ({ id: f.file.id, name: f.file.originalName ?? '文件', mime: f.file.mime, size: f.file.size })),
        forItems: [p.itemVersion!.name],
        commonMistakes: m.itemMaterial?.commonMistakes ?? null,
      });
    }
  }
  const form: TFormValues = {};
  for (const p of c.children) for (const [k, v] of Object.entries((p.formData ?? {}) as TFormValues)) if (form[k] === undefined) form[k] = v;
  const submitted = c.children.map((p) => p.submittedAt).filter((d): d is Date => d !== null);
  return {
    id: c.id,
    bundle: { code: c.bundle!.code, name: c.bundle!.name },
    status: standing.status,
    statusLabel: CASE_STATUS_LABELS[standing.status],
    partial: standing.partial,
    parts: c.children.map((p) => ({
      id: p.id,
      itemCode: p.itemVersion!.item.implementationCode,
      itemName: p.itemVersion!.name,
      departmentName: p.department.name,
      status: p.status,
      statusLabel: CASE_STATUS_LABELS[p.status],
      number: publicCaseNumber(p.number),
      dueDate: currentClock(p.status, {
        preReviewDueDate: p.preReviewDueDate ? dateFromColumn(p.preReviewDueDate) : null,
        promisedDueDate: p.promisedDueDate ? dateFromColumn(p.promisedDueDate) : null,
      }).dueDate,
    })),
    materials: [...merged.values()],
    formFields: bundleFormFields(c.children),
    form,
    createdAt: c.createdAt.toISOString(),
    submittedAt: submitted.length > 0 ? new Date(Math.min(...submitted.map((d) => d.getTime()))).toISOString() : null,
  };
}
