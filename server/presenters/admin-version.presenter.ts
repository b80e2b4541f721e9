import { ZProcessStepDraft, type TAdminVersion, type TDraftContent, type TSituationDraft } from '@shared/schemas/catalog-admin';
import { z } from 'zod';
import { checkConsistency, checkForPublish } from '../domain/catalog/consistency';
import type { Db, DbTx } from '../db/client';
import { errors } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import { draftToElements } from '../domain/catalog/from-draft';

/** What loadVersionRow includes: the version with its children and its item's department. */
export const ADMIN_VERSION_INCLUDE = {
  item: { include: { department: { select: { name: true } } } },
  materials: { orderBy: { sortOrder: 'asc' } },
  fees: { orderBy: { sortOrder: 'asc' } },
  faqs: { orderBy: { sortOrder: 'asc' } },
  questions: {
    orderBy: { sortOrder: 'asc' },
    include: { options: { orderBy: { sortOrder: 'asc' }, include: { materials: { select: { material: { select: { name: true, sortOrder: true } } } } } } },
  },
  _count: { select: { questions: true } },
} satisfies Prisma.ServiceItemVersionInclude;

export type AdminVersionRow = Prisma.ServiceItemVersionGetPayload<{ include: typeof ADMIN_VERSION_INCLUDE }>;

/** The version with everything the editor shows, or 404. */
export async function loadVersionRow(db: Db | DbTx, versionId: string): Promise<AdminVersionRow> {
  const row = await db.serviceItemVersion.findUnique({ where: { id: versionId }, include: ADMIN_VERSION_INCLUDE });
  if (!row) throw errors.notFound('找不到该事项版本');
  return row;
}

const ZSteps = z.array(ZProcessStepDraft);

/** The editable content of a stored version, in the shape the editor sends back. */
export function rowContent(
  r: AdminVersionRow,
): TDraftContent & { materials: (TDraftContent['materials'][number] & { id: string })[]; situations: TSituationDraft[] } {
  const steps = ZSteps.safeParse(r.processSteps);
  return {
    name: r.name,
    type: r.type,
    level: r.level,
    handlingType: r.handlingType,
    statutoryLimit: r.statutoryLimit,
    statutoryLimitUnit: r.statutoryLimitUnit,
    promisedLimit: r.promisedLimit,
    promisedLimitUnit: r.promisedLimitUnit,
    visitsNeeded: r.visitsNeeded,
    visitsReason: r.visitsReason,
    channels: r.channels,
    onlineDepth: r.onlineDepth,
    inServiceCentre: r.inServiceCentre,
    courierDelivery: r.courierDelivery,
    onlinePayment: r.onlinePayment,
    bookingAvailable: r.bookingAvailable,
    anywhereScope: r.anywhereScope,
    conditions: r.conditions,
    legalBasis: r.legalBasis,
    processSteps: steps.success ? steps.data : [],
    address: r.address,
    officeHours: r.officeHours,
    enquiryPhone: r.enquiryPhone,
    complaintPhone: r.complaintPhone,
    resultName: r.resultName,
    resultType: r.resultType,
    changeNote: r.changeNote,
    materialsNone: r.materialsNone,
    materials: r.materials.map((m) => ({
      id: m.id,
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
    })),
    fees: r.fees.map((f) => ({ name: f.name, standard: f.standard, amountFen: f.amountFen, basis: f.basis, reductions: f.reductions })),
    faqs: r.faqs.map((f) => ({ question: f.question, answer: f.answer })),
    situations: r.questions.map((q) => ({
      text: q.text,
      multiple: q.multiple,
      options: q.options.map((o) => ({
        text: o.text,
        materials: o.materials.map((l) => l.material).sort((a, b) => a.sortOrder - b.sortOrder).map((m) => m.name),
      })),
    })),
  };
}

/**
 * A version as the catalogue editor sees it. Drafts list every rule publishing would enforce; published and
 * retired versions list only contradictions (they were complete when published, and they never change).
 */
export function presentAdminVersion(r: AdminVersionRow): TAdminVersion {
  const content = rowContent(r);
  const elements = draftToElements(content, r.item.departmentId);
  return {
    item: {
      id: r.item.id,
      baseCode: r.item.baseCode,
      implementationCode: r.item.implementationCode,
      departmentId: r.item.departmentId,
      departmentName: r.item.department.name,
      regionCode: r.item.regionCode,
    },
    id: r.id,
    versionNo: r.versionNo,
    status: r.status,
    revision: r.revision,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    retiredAt: r.retiredAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
    content,
    situationCount: r._count.questions,
    violations: r.status === 'DRAFT' ? checkForPublish(elements) : checkConsistency(elements),
  };
}
