import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { tailorMaterials } from '@shared/catalog/tailor-materials';
import type { TApplication, ZApplicationCreate } from '@shared/schemas/application';
import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { presentApplication } from '../../presenters/application.presenter';
import { aad } from '../../presenters/profile.presenter';
import { provisionalCaseNumber } from '../cases/case-number';
import { loadOwnCase } from './load-own-case';
import { authorisationAad } from '../identity/agent-authorisations';

type Deps = { db: Db; pii: FieldCrypto };
type Input = z.output<typeof ZApplicationCreate>;

/** Where the applicant snapshot is stored on the case (AES-GCM bound to the case row). */
export const caseAad = {
  name: (caseId: string) => `cases.applicant_name:${caseId}`,
  id: (caseId: string) => `cases.applicant_id:${caseId}`,
  legalRep: (caseId: string) => `cases.legal_rep_name:${caseId}`,
  contactPhone: (caseId: string) => `cases.contact_phone:${caseId}`,
  address: (caseId: string) => `cases.address:${caseId}`,
};

/** The applicant columns of a new case for the chosen identity, checked against what the caller may act for. */
export async function applicantOf(deps: Deps, userId: string, caseId: string, itemId: string, actingFor: Input['actingFor']) {
  const { db, pii } = deps;
  if (actingFor.kind === 'SELF') {
    const p = await db.realNameProfile.findUnique({ where: { userId } });
    if (!p) throw errors.forbidden('请先完成实名认证再申请');
    return {
      applicantKind: 'PERSON' as const,
      applicantUserId: userId,
      applicantNameEnc: pii.encrypt(pii.decrypt(p.nameEnc, aad.name(userId)), caseAad.name(caseId)),
      applicantNameMasked: p.nameMasked,
      applicantIdType: p.idType,
      applicantIdEnc: pii.encrypt(pii.decrypt(p.idNumberEnc, aad.idNumber(userId)), caseAad.id(caseId)),
      applicantIdHash: p.idNumberHash,
      applicantIdMasked: p.idNumberMasked,
      addressEnc: p.addressEnc ? pii.encrypt(pii.decrypt(p.addressEnc, aad.address(userId)), caseAad.address(caseId)) : null,
      addressMasked: p.addressMasked,
    };
  }
  if (actingFor.kind === 'PRINCIPAL') {
    const a = await db.agentAuthorisation.findFirst({
      where: { id: actingFor.id, agentUserId: userId, status: 'ACTIVE', OR: [{ validUntil: null }, { validUntil: { gt: new Date() } }] },
    });
    if (!a) throw errors.forbidden('您没有有效的代办授权');
    if (a.itemId && a.itemId !== itemId) throw errors.forbidden('该代办授权不包括此事项');
    return {
      applicantKind: a.principalKind,
      applicantUserId: a.principalUserId,
      applicantCompanyId: a.principalCompanyId,
      agentUserId: userId,
      agentAuthorisationId: a.id,
      applicantNameEnc: pii.encrypt(pii.decrypt(a.principalNameEnc, authorisationAad.principalName(a.id)), caseAad.name(caseId)),
      applicantNameMasked: a.principalNameMasked,
      applicantIdType: a.principalIdType,
      applicantIdEnc: pii.encrypt(pii.decrypt(a.principalIdEnc, authorisationAad.principalId(a.id)), caseAad.id(caseId)),
      applicantIdHash: a.principalIdHash,
      applicantIdMasked: a.principalIdMasked,
    };
  }
  const m = await db.companyMember.findFirst({ where: { companyId: actingFor.id, userId, revokedAt: null }, include: { company: true } });
  if (!m) throw errors.forbidden('您不能代表该企业办理');
  const co = m.company;
  return {
    applicantKind: 'COMPANY' as const,
    applicantUserId: userId,
    applicantCompanyId: co.id,
    applicantNameEnc: pii.encrypt(co.name, caseAad.name(caseId)),
    applicantNameMasked: co.name,
    applicantIdType: 'UNIFIED_SOCIAL_CREDIT_CODE' as const,
    applicantIdEnc: pii.encrypt(co.creditCode, caseAad.id(caseId)),
    applicantIdHash: pii.hash(`UNIFIED_SOCIAL_CREDIT_CODE:${co.creditCode}`),
    applicantIdMasked: co.creditCode,
    legalRepNameMasked: co.legalRepNameMasked,
  };
}

/** The item's current published version with what tailoring needs. */
export async function publishedVersionOf(db: Db, itemCode: string) {
  const v = await db.serviceItemVersion.findFirst({
    where: { status: 'PUBLISHED', item: { implementationCode: itemCode } },
    orderBy: { versionNo: 'desc' },
    include: {
      item: { select: { id: true, departmentId: true, regionCode: true } },
      materials: { orderBy: { sortOrder: 'asc' }, select: { id: true, name: true, requirement: true, materialTypeCode: true, source: true } },
      questions: { orderBy: { sortOrder: 'asc' }, include: { options: { orderBy: { sortOrder: 'asc' }, include: { materials: { select: { materialId: true } } } } } },
    },
  });
  if (!v) throw errors.notFound('事项不存在或已停止办理');
  const situations = v.questions.map((q) => ({
    id: q.id,
    text: q.text,
    multiple: q.multiple,
    options: q.options.map((o) => ({ id: o.id, text: o.text, materialIds: o.materials.map((m) => m.materialId) })),
  }));
  return { v, situations };
}

/**
 * POST /applications: a DRAFT case on the item's current published version, with the material list tailored to the
 * answers and the applicant snapshot taken from the real-name profile (or the principal / company acted for).
 */
export async function createApplication(deps: Deps, userId: string, input: Input): Promise<TApplication> {
  const { v, situations } = await publishedVersionOf(deps.db, input.itemCode);
  const answers = input.answers ?? {};
  const { materials } = tailorMaterials(v.materials, situations, answers);
  const id = randomUUID();
  const applicant = await applicantOf(deps, userId, id, v.item.id, input.actingFor);
  await deps.db.case.create({
    data: {
      id,
      number: provisionalCaseNumber(),
      itemVersionId: v.id,
      departmentId: v.item.departmentId,
      regionCode: v.item.regionCode,
      status: 'DRAFT',
      channel: 'ONLINE',
      ...applicant,
      situationAnswers: answers,
      formData: {},
      materials: {
        // Government-held materials are fetched by the department, never asked of the applicant.
        create: materials.map((m) => ({
          itemMaterialId: m.id,
          materialTypeCode: m.materialTypeCode,
          name: m.name,
          ...(m.source === 'GOVERNMENT' ? { supply: 'GOVERNMENT_FETCH' as const, trustLevel: 'A' as const } : {}),
        })),
      },
    },
  });
  return presentApplication(await loadOwnCase(deps.db, userId, id), userId);
}
