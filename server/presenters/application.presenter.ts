import { formFieldsOf } from '@shared/domain/application/form-fields';
import { CASE_STATUS_LABELS } from '@shared/domain/case/transitions';
import type { TApplication, TFormValues } from '@shared/schemas/application';
import { isProvisionalCaseNumber } from '../services/cases/case-number';
import type { ApplicationRow } from '../services/applications/load-own-case';

/** A case number shown to people: none while it is still provisional (numbers are issued on acceptance). */
export const publicCaseNumber = (n: string) => (isProvisionalCaseNumber(n) ? null : n);

/** Is a material handed in (files or a wallet entry), or fetched by the department itself? */
export const isProvided = (m: ApplicationRow['materials'][number]) =>
  m.supply === 'GOVERNMENT_FETCH' || m.walletItemId !== null || m.files.some((f) => !f.file.deletedAt);

/** A case as its applicant (or agent) sees it. */
export function presentApplication(c: ApplicationRow, viewerUserId: string): TApplication {
  const v = c.itemVersion!;
  const materials = [...c.materials].sort((a, b) => (a.itemMaterial?.sortOrder ?? 0) - (b.itemMaterial?.sortOrder ?? 0));
  return {
    id: c.id,
    number: publicCaseNumber(c.number),
    status: c.status,
    statusLabel: CASE_STATUS_LABELS[c.status],
    version: c.version,
    item: { code: v.item.implementationCode, name: v.name, versionId: v.id },
    applicantKind: c.applicantKind,
    applicantName: c.applicantNameMasked,
    actingAsAgent: c.agentUserId === viewerUserId,
    answers: (c.situationAnswers ?? {}) as Record<string, string[]>,
    form: (c.formData ?? {}) as TFormValues,
    formFields: formFieldsOf(v.formSchema),
    materials: materials.map((m) => ({
      id: m.id,
      name: m.name,
      materialTypeCode: m.materialTypeCode,
      provided: isProvided(m),
      supply: m.supply,
      walletItemId: m.walletItemId,
      files: m.files.filter((f) => !f.file.deletedAt).map((f) => ({ id: f.file.id, name: f.file.originalName ?? '文件', mime: f.file.mime, size: f.file.size })),
      verdict: m.verdict,
      verdictReason: m.verdictReason,
      commonMistakes: m.itemMaterial?.commonMistakes ?? null,
    })),
    createdAt: c.createdAt.toISOString(),
    submittedAt: c.submittedAt?.toISOString() ?? null,
  };
}
